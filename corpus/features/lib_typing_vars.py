# TypeVar, ParamSpec and TypeVarTuple as decorator and generic-class code declares them: their
# reprs, attributes and argument checks, and the annotations they appear in.
import functools
from typing import Callable, Concatenate, Generic, ParamSpec, TypeVar, TypeVarTuple

T = TypeVar("T")
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
T_inf = TypeVar("T_inf", infer_variance=True)
P = ParamSpec("P")
R = TypeVar("R")
Ts = TypeVarTuple("Ts")

print(T, N, B, T_co, T_contra, T_inf, P, P.args, P.kwargs, Ts)
print(T.__name__, N.__constraints__, B.__bound__, T_co.__covariant__, T_contra.__contravariant__,
      T_inf.__infer_variance__, P.__name__, P.args.__origin__ is P, Ts.__name__)
print(type(T).__name__, type(P).__name__, type(P.args).__name__, type(Ts).__name__, N.__bound__, T.__constraints__)


def logged(f: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(f)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return wrapper


def with_prefix(f: Callable[Concatenate[str, P], R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f(">>", *args, **kwargs)
    return inner


@logged
def add(a: int, b: int = 2) -> int:
    return a + b


@with_prefix
def shout(prefix: str, word: str) -> str:
    return f"{prefix} {word.upper()}"


print(add(1), add(3, b=4), shout("hi"), add.__name__)
print(logged.__annotations__["f"], add.__wrapped__.__annotations__)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item


print(Box[int], Box(5).item, Callable[P, R], Callable[[int], T])
for bad in (lambda: TypeVar("X", int), lambda: TypeVar("X", int, str, bound=int),
            lambda: TypeVar("X", covariant=True, contravariant=True), lambda: TypeVar(3),
            lambda: ParamSpec("Q", "extra"), lambda: TypeVar("X", colour=1)):
    try:
        print("ok", bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
