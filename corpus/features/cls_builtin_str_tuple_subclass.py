# Classes deriving from str and tuple: values made in __new__, extra methods, and
# built-in methods and operators that return plain str and tuple values.


class Name(str):
    def __new__(cls, value):
        return super().__new__(cls, " ".join(value.split()).title())

    def initials(self):
        return "".join(word[0] for word in self.split())

    def __repr__(self):
        return f"Name({str.__repr__(self)})"


n = Name("  ada   lovelace ")
print(n, repr(n), n.initials(), len(n), n[0], n[-8:], type(n[0]).__name__)
print(n.upper(), type(n.upper()).__name__, n + "!", type(n + "!").__name__, n * 2)
print(n == "Ada Lovelace", n != "ada", n < "Babbage", n.startswith("Ada"), "love" in n.lower(), n.split())
print(f"[{n}]", f"[{n:>14}]", "{0}/{0!r}".format(n), "%s|%r" % (n, n), str(n), type(str(n)).__name__)
people = {n: "mathematician"}
print(people["Ada Lovelace"], "Ada Lovelace" in people, {"Ada Lovelace": 1}[n], hash(n) == hash("Ada Lovelace"))
print(sorted([Name("grace hopper"), n, Name("alan turing")]), ", ".join([n, Name("x y")]), isinstance(n, str))
print(n.replace("a", "4"), n.find("Love"), n.count("a"), list(n)[:3], n.encode(), int(Name("42")) + 1)


class Slug(str):
    def __new__(cls, text=""):
        return str.__new__(cls, "-".join(text.lower().split()))

    def __add__(self, other):
        return Slug(str(self) + " " + str(other))


s = Slug("Hello World") + "Again"
print(s, type(s).__name__, "x" + Slug("A B"), type("x" + Slug("A B")).__name__, repr(Slug()), bool(Slug()))


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def distance2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2


p = Point(1, 2)
q = p + Point(10, 20)
print(p, q, p.x, q.y, len(p), tuple(p), list(q), p == (1, 2), p < q, hash(p) == hash((1, 2)))
x, y = q
print(x, y, p[0:1], p[::-1], p * 2, type(p * 2).__name__, tuple.__add__(p, (3,)), max(p), p.count(1), p.index(2))
print({p: "start"}[(1, 2)], sorted([q, p]), p.distance2(q), isinstance(p, tuple), str(p))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
