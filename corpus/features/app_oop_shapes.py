import math
from abc import ABC, abstractmethod
from typing import ClassVar, Dict, Iterator, List, Type


class Shape(ABC):
    registry: ClassVar[Dict[str, Type["Shape"]]] = {}
    count = 0

    def __init_subclass__(cls, key: str = "", **kwargs):
        super().__init_subclass__(**kwargs)
        if key:
            Shape.registry[key] = cls

    def __init__(self, name: str):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def describe(self) -> str:
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"

    def __lt__(self, other: "Shape") -> bool:
        return self.area() < other.area()

    def __format__(self, spec: str) -> str:
        if spec == "short":
            return self.name[:3].upper()
        return format(str(self), spec)

    def __str__(self):
        return f"{type(self).__name__}({self.name})"


class Circle(Shape, key="circle"):
    def __init__(self, r: float):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape, key="rect"):
    def __init__(self, w: float, h: float):
        super().__init__("rect")
        self.w, self.h = w, h

    @property
    def w(self):
        return self._w

    @w.setter
    def w(self, value):
        if value <= 0:
            raise ValueError(f"width must be positive, got {value}")
        self._w = value

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect, key="square"):
    def __init__(self, side: float):
        super().__init__(side, side)
        self.name = "square"

    @classmethod
    def unit(cls):
        return cls(1)


class Triangle(Shape, key="tri"):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        sides = sorted((a, b, c))
        if sides[0] + sides[1] <= sides[2]:
            raise ValueError("not a triangle: %s" % (sides,))
        self.sides = tuple(sides)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


def build(spec: str) -> Shape:
    kind, *args = spec.split()
    cls = Shape.registry[kind]
    return cls(*map(float, args))


class Drawing:
    def __init__(self, shapes=None):
        self._shapes: List[Shape] = list(shapes or [])

    def __len__(self):
        return len(self._shapes)

    def __iter__(self) -> Iterator[Shape]:
        return iter(self._shapes)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Drawing(self._shapes[idx])
        return self._shapes[idx]

    def __contains__(self, kind):
        return any(type(s).__name__ == kind for s in self._shapes)

    def add(self, shape):
        self._shapes.append(shape)
        return self

    def total_area(self):
        return sum(s.area() for s in self)


specs = ["circle 1", "rect 3 4", "square 2", "tri 3 4 5", "circle 0.5", "tri 1 1 3", "rect -1 2", "hexagon 2"]
d = Drawing()
for spec in specs:
    try:
        d.add(build(spec))
    except ValueError as e:
        print("bad spec", repr(spec), "->", e)
    except KeyError as e:
        print("unknown shape", e)

print(sorted(Shape.registry))
print("shapes made:", Shape.count, "kept:", len(d))
for s in sorted(d):
    print(s.describe())
print(f"{d[0]:short} {d[1]:>12}|{d[2]!s:<10}|")
sub = d[1:3]
print(type(sub).__name__, len(sub), [str(s) for s in sub])
print("Square" in d, "Hexagon" in d)
print(round(d.total_area(), 4))
biggest = max(d, key=lambda s: s.perimeter())
print("biggest perimeter:", biggest, isinstance(biggest, Rect), issubclass(Square, Shape))
u = Square.unit()
print(u.describe(), type(u).__mro__[1].__name__)
try:
    u.w = 0
except ValueError as e:
    print(e)
print([c.__name__ for c in Square.__mro__])
