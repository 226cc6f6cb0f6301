# Exceptions raised in the except and finally blocks of generators (and of
# @contextmanager functions) get the handled exception as __context__.
from contextlib import contextmanager


def show(label, exc):
    print(label, type(exc).__name__, repr(exc.__cause__), repr(exc.__context__), exc.__suppress_context__)


def raise_from():
    try:
        yield 1
        raise ValueError("a")
    except ValueError as e:
        raise KeyError("b") from e


def implicit():
    try:
        yield 1
        {}["missing"]
    except KeyError:
        yield 2
        int("x")


def in_finally():
    try:
        yield 1
        raise ValueError("passing")
    finally:
        yield 2
        raise RuntimeError("from finally")


def bare_reraise():
    try:
        yield 1
        raise ValueError("again")
    except ValueError:
        yield 2
        raise


def thrown_in_handler():
    try:
        yield 1
        raise ValueError("handled")
    except ValueError:
        yield 2


def nested():
    try:
        yield 1
        raise ValueError("outer")
    except ValueError:
        try:
            yield 2
            raise TypeError("inner")
        except TypeError as t:
            raise LookupError("last") from None


@contextmanager
def converting():
    try:
        yield
    except ValueError as e:
        raise RuntimeError("converted") from e
    except ZeroDivisionError:
        raise ArithmeticError("math")


for make in (raise_from, implicit, in_finally, bare_reraise, nested):
    try:
        for v in make():
            pass
    except Exception as exc:
        show(make.__name__, exc)

g = thrown_in_handler()
next(g)
next(g)
try:
    g.throw(OSError("sent in"))
except OSError as exc:
    show("thrown", exc)

try:
    with converting():
        raise ValueError("bad value")
except RuntimeError as exc:
    show("cm from", exc)

try:
    with converting():
        1 / 0
except ArithmeticError as exc:
    show("cm implicit", exc)
    print(exc.__context__.__context__)
