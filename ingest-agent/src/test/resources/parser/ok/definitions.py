@decorator
@decorator.attr(arg)
def f(a, /, b: int = 1, *args: str, c, d: float = 2.0, **kwargs) -> None:
    """Docstring."""
    global x
    nonlocal y
    return a

async def g():
    await x
    async for i in y:
        pass
    async with a as b:
        pass
    return [i async for i in x]

def h(*, a): yield 1; yield; yield from x

class C(Base, metaclass=Meta, **kw):
    x: int = 1
    def method(self): return self

@dataclass
class D: pass

class E[T, *Ts, **P](Generic[T]):
    pass

def generic[T: int, U: (str, bytes)](x: T) -> U: ...

type Alias = int
type ListOf[T] = list[T]
lambda: 0
lambda *a, **k: 0
lambda x, /, y: 0
def star_ann(*args: *Ts): pass
