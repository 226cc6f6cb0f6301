big = 2 ** 100
print(big, big * big, -big)
print(big // 3, big % 7, -big // 3, -big % 7)
x = 9223372036854775807
print(x + 1, x * 2, -x - 2)
for a in [7, -7]:
    for b in [2, -2]:
        print(a, b, a // b, a % b, a / b)
print(2 ** 10, 10 ** 20, 1 / 3, 10 / 4)
print(abs(-5), abs(-2.5), min(3, 1, 2), max(3, 1, 2))
print(int("42") + 1, int(3.9), int(-3.9), float(2), str(17) + "!")
print(True + 1, 3 > 2.5, 2 == 2.0, 1 < 2 < 3, 3 < 2 < 1)
n = 1
for i in range(30):
    n = n * 3
print(n)
