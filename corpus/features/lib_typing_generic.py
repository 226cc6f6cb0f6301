from typing import Dict, Generic, List, NamedTuple, Optional, Protocol, TypedDict, TypeVar, Union

T = TypeVar("T")
K = TypeVar("K")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class IntBox(Box[int]):
    def double(self) -> int:
        return self.item * 2


class Pair(Generic[K, T]):
    pass


b = Box[str]("hi")
print(Box[int], Pair[str, int], Box[List[int]], b.get(), type(b).__name__, IntBox(4).double(), isinstance(IntBox(1), Box))
print(Box[int] == Box[int], Box[int] == Box[str], [c.__name__ for c in IntBox.__mro__], isinstance(b, Generic), b.__orig_class__)
print(Optional[int], Union[int, None], Union[int, str], Union[int, str, None], Optional[Union[int, str]], Union[int])
print(Union[int, str] == Union[str, int], Optional[str] == Union[None, str], Union[int, Union[str, float]], List[int] == List[str])
print(hash(Union[int, str]) == hash(Union[str, int]), Dict[str, Optional[int]], len({List[int], List[int], List[str]}))


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

    @property
    def flipped(self) -> "Point":
        return Point(self.y, self.x, self.label)


p = Point(3, -4)
print(p, p.norm1(), p.flipped, p._replace(label="q"), p._asdict(), Point._fields, Point._field_defaults, tuple(p), p[0] + p[1])
x, y, label = p
print(x, y, label, p == (3, -4, "p"), Point(1) < Point(2), hash(p) == hash((3, -4, "p")), isinstance(p, tuple))
for bad in [lambda: Point(), lambda: Point(1, 2, 3, 4), lambda: setattr(p, "x", 1)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    class Broken(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
Pt = NamedTuple("Pt", [("a", int), ("b", str)])
print(Pt(1, "z"), Pt._fields)


class Options(TypedDict, total=False):
    verbose: bool
    level: int


class Config(TypedDict):
    name: str
    opts: Options


c = Config(name="x", opts=Options(level=2))
print(c, type(c).__name__, c["opts"].get("verbose", False), Options.__total__, Config.__total__, Options(), dict(c) == c)


class Speaker(Protocol):
    def speak(self) -> str: ...


class Dog:
    def speak(self) -> str:
        return "woof"


def talk(s: Speaker) -> str:
    return s.speak()


print(talk(Dog()))
print([c.__name__ for c in Speaker.__mro__], [c.__name__ for c in Box.__mro__], Box.__mro__[1])
