from typing import (Any, Callable, Dict, Generic, Iterable, Iterator, List, NamedTuple, Optional, Sequence, Set,
                    Tuple, TypedDict, TypeVar, Union, cast, overload, Protocol, Literal, Final, TYPE_CHECKING)
import typing

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
Num = TypeVar("Num", int, float)


def first(items: Sequence[T]) -> Optional[T]:
    return items[0] if items else None


def group(pairs: Iterable[Tuple[K, V]]) -> Dict[K, List[V]]:
    out: Dict[K, List[V]] = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out


def apply(f: Callable[[int, int], int], a: int, b: int) -> int:
    return f(a, b)


def maybe_len(x: Union[str, List[int], None]) -> int:
    return 0 if x is None else len(x)


def total(xs: List[Num]) -> Num:
    return sum(xs)


def gen(n: int) -> Iterator[int]:
    yield from range(n)


print(first([3, 4]), first([]), first("xyz"), group([("a", 1), ("b", 2), ("a", 3)]), apply(lambda x, y: x * y, 6, 7))
print(maybe_len("abc"), maybe_len([1, 2]), maybe_len(None), total([1.5, 2]), list(gen(3)))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items})"


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s, s.pop(), len(s), Stack[str]().__class__.__name__)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key = key
        self.value = value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)


pr = Pair("a", 1).swap()
print(pr.key, pr.value)


class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 1000.0

    def raise_by(self, pct: float) -> "Employee":
        return self._replace(salary=self.salary * (1 + pct / 100))


e = Employee("ann", "eng")
print(e, e.raise_by(10), e._fields, e._field_defaults, Employee._make(["b", "ops", 5.0]), e[1], e._asdict())
print(isinstance(e, tuple), e == ("ann", "eng", 1000.0), sorted([Employee("z", "a", 1), Employee("b", "c", 2)]))
try:
    Employee("x")
except TypeError as ex:
    print("TypeError:", ex)


class Movie(TypedDict):
    title: str
    year: int


class Movie2(TypedDict, total=False):
    title: str
    rating: float


m: Movie = {"title": "Up", "year": 2009}
m2 = Movie(title="Heat", year=1995)
m3: Movie2 = {"title": "x"}
print(m, m2, m3, type(m2).__name__, m["year"] + 1, m2 == {"title": "Heat", "year": 1995})

Vector = List[float]
Matrix = List[Vector]


def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]


def transpose(mat: Matrix) -> Matrix:
    return [list(row) for row in zip(*mat)]


print(scale([1.0, 2.0], 2), transpose([[1, 2], [3, 4]]), cast(int, "not really"), cast("List[int]", [1]))


class Greeter(Protocol):
    def greet(self) -> str: ...


class En:
    def greet(self) -> str:
        return "hello"


def welcome(g: Greeter) -> str:
    return g.greet() + "!"


Mode = Literal["r", "w"]
MAX: Final = 10


def open_mode(m: Mode) -> str:
    return m * 2


print(welcome(En()), open_mode("r"), MAX, TYPE_CHECKING)


def handler(x: Any, *args: int, **kwargs: str) -> Dict[str, Any]:
    return {"x": x, "args": args, "kwargs": kwargs}


print(handler(1, 2, 3, k="v"), handler.__annotations__["x"] is Any if False else "ok")
Callback = Callable[..., None]
registry: Dict[str, Callback] = {}


def register(name: str) -> Callable[[Callback], Callback]:
    def deco(f: Callback) -> Callback:
        registry[name] = f
        return f
    return deco


@register("hi")
def say_hi() -> None:
    print("hi there")


registry["hi"]()
print(sorted(registry), typing.get_type_hints(scale) == {"v": List[float], "k": float, "return": List[float]} if False else "-")
opt: Optional[Set[int]] = None
print(opt, Optional[int] == Union[int, None], List[int] == List[int], Dict[str, int] != Dict[str, str])
