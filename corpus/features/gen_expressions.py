nums = [3, 8, 1, 9, 4]
squares = (n * n for n in nums)
print(type(squares).__name__)
print(sum(squares))
print(sum(squares))
print(max(n for n in nums if n % 2 == 0))
print(list(x + y for x in range(3) for y in range(x)))
print(any(n > 8 for n in nums), all(n > 0 for n in nums))
print(", ".join(str(n) for n in sorted(nums)))
print(sorted((n % 3, n) for n in nums))
g = (c.upper() for c in "lazy")
print(next(g), next(g), list(g))
print(dict((k, len(k)) for k in ["a", "bb", "ccc"]))
print(tuple(i for i in range(10) if i % 3 == 0))
print(min((abs(n - 5), n) for n in nums))


def noisy(n):
    print("producing", n)
    return n


lazy = (noisy(i) for i in range(3))
print("created")
for v in lazy:
    print("consumed", v)
