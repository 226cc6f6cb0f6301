class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


p = Point(1, 2)
q = Point("a", 2.5)
print(p)
print(q)
print(repr(p), repr(q))
print(str(p), str(q))
print([p, q])
print({"k": p})
print((p,))
print(f"{p} and {p!r}")
o = OnlyRepr()
print(o, str(o), [o])
print("%s %r" % (p, p))
print("{} {!r}".format(q, q))
