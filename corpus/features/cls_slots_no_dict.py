# An instance of a class whose MRO declares only __slots__ has no __dict__ (hasattr is False,
# vars() is a TypeError); one __slots__-less class in the MRO, or '__dict__' in a __slots__,
# gives it one again.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Loose(Point):
    pass


class Open:
    __slots__ = ("a", "__dict__")


p = Point3(1, 2, 3)
print(hasattr(p, "__dict__"), hasattr(Point(0, 0), "__dict__"), p.x + p.y + p.z)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
loose = Loose(1, 2)
loose.extra = 5
print(loose.extra)
o = Open()
o.b = 2
print(hasattr(o, "__dict__"), o.__dict__)
o.a = 1
print(o.a, o.b)
