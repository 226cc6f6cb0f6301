class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return f"Key({self.a}, {self.b})"


k1, k2, k3 = Key(1, 2), Key(1, 2), Key(2, 1)
print(k1 == k2, k1 == k3, k1 != k3, k1 is k2)
print(k1 == (1, 2), k1 != "x")
d = {k1: "first"}
d[k2] = "second"
d[k3] = "third"
print(len(d), d[Key(1, 2)], d)
s = {k1, k2, k3, Key(2, 1)}
print(len(s))
print(hash(k1) == hash(k2))
print(Key(5, 5) in [Key(1, 1), Key(5, 5)])


class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), p != Plain())
