big = 7 ** 6000
print(big > 0)
print(big)
