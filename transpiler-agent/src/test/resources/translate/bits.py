x = 0b1011
print(x & 6, x | 4, x ^ 15, x << 70, x >> 1, -x >> 1, ~x, True & False, True | False, True ^ True, True << 3)
flags = 1
flags <<= 10
flags |= 3
print(flags, 2 ** 100 >> 90, (2 ** 100) & (2 ** 100 - 1), -(2 ** 70) | 5)
print(2 ** 20000 > 0, len(str(2 ** 1000)))
