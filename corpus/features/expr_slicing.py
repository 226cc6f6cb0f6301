s = "abcdefghij"
lst = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(lst[::3], lst[5:1:-1], lst[100:], lst[-100:2], lst[3:3])
print(s[slice(1, 4)], lst[slice(None, None, -3)])
t = (1, 2, 3, 4, 5)
print(t[1:4], t[::-2], type(t[1:2]).__name__)
lst[2:5] = ["x", "y"]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
lst[:0] = ["front"]
print(lst)
del lst[::3]
print(lst)
word = "héllo wörld"
print(word[1], word[::-1], word[-5:], len(word))
print("abc"[5:], "abc"[-10:10])
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    [][0]
except IndexError as e:
    print("IndexError:", e)
