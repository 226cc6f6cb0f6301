from abc import ABC, abstractmethod
import math


class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"

    def __str__(self):
        return self.describe()

    @classmethod
    def from_spec(cls, spec):
        kind, *nums = spec.split()
        nums = [float(n) for n in nums]
        registry = {c.__name__.lower(): c for c in Shape.__subclasses__()}
        if kind not in registry:
            raise KeyError(kind)
        return registry[kind](*nums)


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self._w = w
        self._h = h

    @property
    def w(self):
        return self._w

    @w.setter
    def w(self, value):
        if value <= 0:
            raise ValueError("width must be positive")
        self._w = value

    def area(self):
        return self._w * self._h

    def perimeter(self):
        return 2 * (self._w + self._h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    @staticmethod
    def unit():
        return Square(1)


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)

    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self):
        return sum(self.sides)


def main():
    shapes = [Circle(1), Rect(3, 4), Square(2.5), Triangle(3, 4, 5), Square.unit()]
    for s in sorted(shapes, key=lambda s: s.area()):
        print(s)
    print("count:", Shape.count)
    try:
        Shape("x")
    except TypeError as e:
        print("TypeError:", e)
    r = shapes[1]
    r.w = 10
    print(r.w, r.area())
    try:
        r.w = -1
    except ValueError as e:
        print("ValueError:", e)
    for spec in ["circle 2", "rect 1 2", "triangle 1 1 5", "hexagon 3"]:
        try:
            print(Shape.from_spec(spec))
        except (ValueError, KeyError) as e:
            print(f"{type(e).__name__}: {e}")
    print([type(s).__name__ for s in shapes], isinstance(shapes[2], Rect), Square.__mro__[1].__name__)
    print(sum(s.area() for s in shapes if isinstance(s, Rect)))
    print(hasattr(r, "w"), getattr(r, "missing", "default"), vars(Circle(3)))
    print(Square.__name__, Square.__bases__, Circle(1).__class__.__name__)


main()
