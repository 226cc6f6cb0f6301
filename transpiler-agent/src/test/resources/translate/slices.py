s = "Hello, World"
print(s[::-1], s[:5], s[7:], s[-5:-1], s[::2], s[100:], s[:-100], s[3:3])
xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(xs[2:5], xs[::-2], xs[-3:], xs[:100], xs[8:2:-3], xs[True:3])
ys = xs[:]
ys.append(10)
print(len(xs), len(ys), xs[None:2])

def is_pal(w: str) -> bool:
    return w == w[::-1]

print(is_pal("racecar"), is_pal("abca"), "héllo"[1:3])
n = 0
print(xs[::n])
