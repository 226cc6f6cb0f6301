def probe(label, value):
    print("eval", label)
    return value


for x in [0, 5, 10, 15]:
    print(x, 0 < x < 10, 0 <= x <= 10, x == 5 == 5.0, 1 < x != 10)
print(1 < 2 < 3 < 4, 1 < 3 < 2, 3 > 2 > 1 >= 1)
print(probe("a", 1) < probe("b", 0) < probe("c", 2))
print(probe("a", 1) < probe("b", 2) < probe("c", 3))
print("a" < "b" < "c", [1] < [1, 0] < [2], (1, 2) < (1, 3) <= (1, 3))
print(1 == 1.0, len("a") is not None, None is None, "x" in "xyz" in "wxyz")
print(2 in [1, 2] in [[1, 2]], not 1 < 0)
