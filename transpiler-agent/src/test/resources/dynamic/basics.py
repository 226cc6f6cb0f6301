x = 5
y = 2.5
name = "world"
items = [1, "two", 3.0, None, True]
print(x + 1, x - 3, x * 2, x / 2, x // 2, x % 3, x ** 2, -x, +x, ~x)
print(y * 2, name.upper(), len(items), items[1], items[-1])
print(x > 3 and "big" or "small", x < 3 or None, not x)
print(1 < x < 10, 1 < x > 10, x == 5 != 6)
print(5 if x else 6, [1, 2] + [3], (1, 2) * 2, "ab" * 3)
print(x is None, x is not None, 3 in [1, 2, 3], "a" not in "bcd")
print(items[1:3], items[::2], items[::-1], "hello"[1:4])
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["a"], list(d.keys()), {**d, "z": 0})
s = {1, 2, 2, 3}
print(sorted(s), len(s))
print(12345678901234567890 * 3, 2 ** 100, -7 // 2, -7 % 3)
print(f"{x} {y:.3f} {name!r} {x:>5}|{name:^9}|{x:05d} {y=}")
w = 7
print(f"{x:{w}}|", "%d items, %s" % (3, "ok"), "%.2f" % 3.14159)
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "xyz"
(p, q), r = (1, 2), 3
print(first, rest, init, last, p, q, r)
n = 10
n += 5
n -= 1
n *= 2
n //= 3
print(n)
lst = [1, 2, 3]
lst[0] += 10
lst[1:2] = [7, 8]
print(lst)
del lst[0]
print(lst)
if (m := len(lst)) > 2:
    print("walrus", m)
