# Annotations are evaluated objects: of functions when the def runs, of classes and the
# module when their bodies run; local variable annotations are never evaluated.
import typing
from typing import Callable, Optional, get_type_hints

LIMIT: int = 10
names: list[str] = ["a"]
counter: "Counter"
print(__annotations__)


def scale(value: float, factor: int = 2, *rest: str, label: Optional[str] = None, **extra: bool) -> float:
    local: SomethingUndefined = value * factor  # never evaluated
    return local


def pos(a: int, /, b: str, *, c: bytes) -> None:
    pass


def plain(x, y=1):
    return x


print(scale.__annotations__)
print(pos.__annotations__)
print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
print((lambda q: q).__annotations__)
print(scale(1.5))


class Shape:
    sides: int
    name: str = "shape"
    __secret: bool = True
    registry: typing.ClassVar[dict[str, "Shape"]] = {}

    def area(self, scale: float = 1.0) -> float:
        return 0.0

    def clone(self) -> "Shape":
        return self

    def pick(self, kind: int) -> name.__class__:
        return self


class Square(Shape):
    side: float = 1.0


print(Shape.__annotations__)
print(Square.__annotations__)
print(Shape.area.__annotations__, Shape.clone.__annotations__)
print(Shape.pick.__annotations__)
print(Shape().area.__annotations__)
print(get_type_hints(Square))
print(get_type_hints(Shape.clone))
print(get_type_hints(scale))


class Plain:
    pass


print(Plain.__annotations__, Plain.__annotations__ is Plain.__annotations__)


def make_adder(n: int) -> Callable[[int], int]:
    def add(x: type(n)) -> type(n):
        return x + n
    print(add.__annotations__)
    return add


print(make_adder(3)(4))
print(make_adder.__annotations__)

# Annotated assignments to attributes and subscripts store no annotation.
class Box:
    pass


box = Box()
box.size: int = 3
table = {}
table["k"]: str = "v"
print(box.size, table, __annotations__)

# Signatures read from __annotations__, as a small dispatcher does.
def describe(fn):
    ann = fn.__annotations__
    params = [f"{k}: {getattr(v, '__name__', v)}" for k, v in ann.items() if k != "return"]
    ret = ann.get("return", "?")
    return f"{fn.__name__}({', '.join(params)}) -> {getattr(ret, '__name__', ret)}"


for fn in (scale, pos, plain, make_adder):
    print(describe(fn))

# functools.singledispatch registers implementations by their first annotation.
from functools import singledispatch


@singledispatch
def show(x) -> str:
    return f"object {x!r}"


@show.register
def _(x: int) -> str:
    return f"int {x}"


@show.register
def _(x: list | tuple) -> str:
    return f"sequence of {len(x)}"


@show.register
def _(x: "Shape") -> str:
    return f"shape with {len(x.__class__.__annotations__)} annotations"


print(show(3), show([1, 2]), show((1,)), show("s"), show(Square()), show(True))
