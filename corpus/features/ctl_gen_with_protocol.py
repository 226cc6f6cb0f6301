# with inside a generator that yields: __enter__/__exit__ looked up on the type, both before
# __enter__ runs, with CPython's TypeError for a manager lacking them.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return t is KeyError

class NoExit:
    def __enter__(self):
        return 1

class InstanceOnly:
    pass

def gen():
    with CM("a") as a, CM("b") as b:
        yield a + b
        {}["x"]
    yield "after"
    c = CM("c")
    c.__enter__ = lambda: "instance"
    with c as v:
        yield v

for v in gen():
    print(v)

def bad(m):
    with m:
        yield 1

for m in (NoExit(), InstanceOnly(), 5):
    try:
        print(list(bad(m)))
    except TypeError as e:
        print("TypeError", e)
