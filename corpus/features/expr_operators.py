x = 17
x += 3
x -= 1
x *= 2
x //= 3
x %= 7
x **= 3
print(x)
y = 10
y /= 4
print(y)
b = 0b1100
print(b & 0b1010, b | 0b0011, b ^ 0b1111, ~b, b << 2, b >> 2, -b >> 1)
flags = 0
flags |= 4
flags |= 1
flags &= ~4
flags ^= 8
flags <<= 1
flags >>= 1
print(flags)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {2}
print(st)
print(-7 // 2, -(7 // 2), +5, -(-5), 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, not 0 + 1)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 10 - 3 - 2, 2 * 3 % 4, 7 & 3 + 1, 1 < 2 == True)
