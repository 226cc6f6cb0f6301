a = 1
b = 2
c = 3
print(a < b < c, a < b > c, a == 1 == True, a < b <= 2 < c)
x = 5
print(0 <= x < 10, not 0 <= x < 3)
s = "b"
print("a" < s < "c", s in "abc", s not in ["a", "c"])
n = 0
while n < 100 and not (n > 10 and n % 7 == 0):
    n += 1
print(n)
print(-7 % 3, 7 % -3, -7 // -3, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
