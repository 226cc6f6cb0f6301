from enum import Flag, IntFlag, Enum, IntEnum, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = 7


print(list(Perm), list(Perm.__members__), Perm(6) is Perm.RW, Perm.R | Perm.W is Perm.RW, repr(Perm.R | Perm.W))
print(repr(Perm(0)), Perm(0), Perm(0).name, len(Perm.RW), len(Perm(0)), bool(Perm(0)), bool(Perm.X))
print(repr(~Perm.R), repr(~Perm(0)), repr(~Perm.RW), repr(Perm.R ^ Perm.RW), repr(Perm.RW & ~Perm.W), list(Perm(7)))
print(repr(Color.WHITE), list(Color.WHITE), repr(Color(5)), Color(5).name, Color(5).value, Color.RED in Color.WHITE)
print([c.name for c in Color], len(Color), repr(~Color.RED), repr(Color.RED & Color.BLUE), f"{Color.RED | Color.BLUE}")
for bad in [lambda: Perm(8), lambda: Perm.R | 1, lambda: 1 in Perm.R, lambda: Perm("x"), lambda: Color(16)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
s = set()
for p in [Perm.R, Perm.R | Perm.X, Perm(5), Perm.X | Perm.R]:
    s.add(p)
print(len(s), {Perm.R: 1}[Perm(4)], Perm(5) == Perm.R | Perm.X, Perm.R != Perm.W)


class Access(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


print(repr(~Access.READ), repr(Access(8)), repr(Access(-1)), repr(Access.READ | 8), repr(1 | Access.WRITE), repr(Access.READ ^ 3))
print(Access.READ + Access.WRITE, type(Access.READ + 1).__name__, Access.READ < 2, list(Access(7)), hash(Access.READ) == hash(1))
print(bool(Access(0)), repr(Access(0)), str(Access.READ | Access.WRITE), f"{Access.EXEC}", format(Access.WRITE, "03d"), Access.WRITE * 3)
print(isinstance(Access.READ, int), isinstance(Access.READ, Flag), isinstance(Perm.R, int), Access.READ | Access.WRITE == 3, int(Access(6)))
print(sorted([Access.EXEC, Access.READ, 2]), Access(3) in [3], Access.READ.name, (Access.READ | 8).name, Access(12).value)


class Shape(int, Enum):
    SQUARE = 4
    TRIANGLE = 3


class Size(str, Enum):
    S = "small"
    L = "large"


print(Shape.SQUARE, repr(Shape.TRIANGLE), Shape.SQUARE + 1, Shape.SQUARE == 4, isinstance(Shape.SQUARE, int), f"{Shape.SQUARE}")
print(Size.S, repr(Size.L), Size.S.upper(), Size("large"), Size.S == "small", isinstance(Size.S, str), f"{Size.L}", len(Size.S))
print(type(Perm).__name__, type(Shape).__name__, [m.name for m in Size])
Perm2 = Flag("Perm2", "R W X")
Level = IntFlag("Level", ["LOW", "HIGH"], start=4)
print(list(Perm2), repr(Perm2.R | Perm2.X), list(Level), repr(Level.LOW | Level.HIGH), Enum("E", "A B", start=10).B.value)
