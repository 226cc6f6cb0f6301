# A sequence class whose __getitem__ takes slices through slice.indices, as user-defined
# sequences do; slice.indices clamps like CPython and checks its argument.
class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i


s = Squares(7)
print(s[3], s[-1], s[1:4], s[::3], s[::-2], s[5:100], s[-100:2])
print(list(s), 16 in s, 17 in s)
print(slice(2, None).indices(10), slice(None, None, -1).indices(5), slice(-3, -1).indices(4))
print(slice(1, 20, 3).indices(0), slice(None).indices(3))
for bad in (-1, "3"):
    try:
        slice(1, 2).indices(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
