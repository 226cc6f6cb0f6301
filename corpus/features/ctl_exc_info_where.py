# Where sys.exc_info()/sys.exception() see an exception: handlers of generators that yield
# inside them (and not after the yield hands control back), finally blocks an exception passes
# through, __exit__ of context managers, nested handlers and functions called from them.
import sys


def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None


def retrying(attempts):
    for i in range(attempts):
        try:
            if i % 2 == 0:
                raise ConnectionError(f"attempt {i}")
            yield f"ok {i}", name()
        except ConnectionError as e:
            yield f"failed {e}", name()
            yield "still handling", repr(sys.exception())
        yield "between", name()


for item in retrying(4):
    print(item, "| caller sees", name())


def audit(label):
    try:
        if label == "bad":
            raise ValueError(label)
        return label
    finally:
        print("finally", label, name())


for label in ["good", "bad"]:
    try:
        print("returned", audit(label))
    except ValueError:
        print("caught", name())
print("outside", sys.exc_info())


class Transaction:
    def __init__(self, swallow):
        self.swallow = swallow

    def __enter__(self):
        print("enter", name())
        return self

    def __exit__(self, kind, value, tb):
        print("exit", kind.__name__ if kind else None, name(), value is sys.exception())
        return self.swallow


with Transaction(True):
    raise KeyError("rolled back")
with Transaction(False):
    print("body", name())
try:
    with Transaction(False):
        raise IndexError("escapes")
except IndexError:
    print("escaped", name())

try:
    raise TypeError("outer")
except TypeError:
    try:
        raise ValueError("inner")
    except ValueError:
        print("inner handler", name())
    print("back in outer", name())
    try:
        pass
    finally:
        print("finally without exception", name())
print("done", sys.exc_info())


def peek():
    yield name()
    try:
        raise LookupError("in generator")
    except LookupError:
        yield name()
    yield name()


try:
    raise OSError("caller's")
except OSError:
    print("generator resumed in a handler", list(peek()))
