print(True + True, 3 * True, "a" * True, abs(-0.0), -0.0 * 1, 0.0 * -1)
print(int(" -12 "), float("  1e3 "), float("inf"), float("-nan"), float("1_000.5"))
print((2 ** 100) / 3, 2 ** 0.5, 10 // 3.0, 2 ** -1.0, (-8) % 5, 8 % -5.0)
xs = [[1], [2]]
ys = xs[0]
ys.append(3)
print(xs, ys, xs[0] == [1, 3], [1, 2] < [1, 3], [] < [0])
s = "abc"
out = ""
for ch in s:
    out = out + ch.upper() + str(len(out))
print(out, "b" in s, s[1] == "b", s.find("c"), s.count("a"))
n = 0
total = 0.0
while n < 10:
    n += 1
    if n % 3 == 0:
        continue
    total += n / 2
print(n, total)
print(1 == 1.0, 1 < 1.5, 2 ** 63, -(2 ** 63), 2 ** 63 - 1 + 1, 9007199254740993 == 9007199254740992.0)
print(max(1.5, 2.5), min("b", "a", "c"), max([True, False]), sum([0.1] * 10), 0.1 * 3)
print(str(1.0), str(100.0), str(1e22), str(1.5e-5), repr("x\ny"), str([1.0, 2.0]))
print(7 // -2, -7 % 2, 7.0 // -2, 1 / 7, -1e-300 * 1e-300)
