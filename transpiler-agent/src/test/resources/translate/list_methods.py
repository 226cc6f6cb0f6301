xs = [5, 3, 8, 1, 9, 2]
print(sorted(xs), xs)
print(sorted(xs, reverse=True))
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.reverse()
print(xs)
print(xs.index(8), xs.count(3), xs.count(7))
xs.insert(0, 100)
xs.insert(-1, 50)
xs.insert(1000, 7)
xs.insert(-1000, 0)
print(xs)
xs.remove(100)
print(xs, 50 in xs, 51 in xs, 51 not in xs)
words = ["pear", "apple", "fig", "apple"]
print(sorted(words), words.index("apple"), words.count("apple"))
print(sorted("hello"))
fs = [2.5, -1.0, 3.25, 0.0]
fs.sort()
print(fs, sorted(fs, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a")]
pairs.sort()
print(pairs)
for w in reversed(words):
    print(w)
for ch in reversed("abc"):
    print(ch)
ys = [1, 2, 3]
for y in reversed(ys):
    if y == 3:
        ys.pop()
        ys.pop()
    print(y)
print("ell" in "hello", "z" in "hello")
flags = [True, False, True]
flags.sort()
print(flags)
try_list = [1, 2]
print(try_list.index(5))
