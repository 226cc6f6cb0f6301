# Runtime classes CPython declares with `__slots__ = ()` (abc.ABC, typing.Protocol, the
# collections.abc ABCs, namedtuple classes) and typing.Generic give a slotted subclass no __dict__.
from abc import ABC, abstractmethod
from collections import namedtuple
from collections.abc import Sequence
from typing import Generic, TypeVar, Protocol, NamedTuple

T = TypeVar("T")


class Shape(ABC):
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self): ...


class Sq(Shape):
    __slots__ = ("side",)

    def __init__(self, side):
        super().__init__("sq")
        self.side = side

    def area(self):
        return self.side ** 2


class Open(Shape):
    def area(self):
        return 0


class Box(Generic[T]):
    __slots__ = ("item",)

    def __init__(self, item: T):
        self.item = item


class HasLen(Protocol):
    __slots__ = ()


class Impl(HasLen):
    __slots__ = ("n",)


class Seq(Sequence):
    __slots__ = ("data",)

    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        return self.data[i]

    def __len__(self):
        return len(self.data)


Pt = namedtuple("Pt", "x y")


class Pt3(Pt):
    __slots__ = ()


class NT(NamedTuple):
    a: int


for obj in [Sq(2), Open("o"), Box(1), Impl(), Seq([1]), Pt3(1, 2), Pt(1, 2), NT(1)]:
    try:
        obj.extra = 1
        print(type(obj).__name__, "accepts extra:", obj.extra)
    except AttributeError as e:
        print(type(obj).__name__, "AttributeError:", e)
s = Sq(3)
s.side = 4
print(s.area(), s.name, hasattr(s, "__dict__"))
