def inner():
    try:
        received = yield "inner-1"
        print("inner got", received)
        received = yield "inner-2"
        print("inner got", received)
    except ValueError as e:
        print("inner caught", e)
        yield "inner-recovered"
    finally:
        print("inner finally")
    return "inner-result"


def outer():
    result = yield from inner()
    print("outer result", result)
    yield "outer-end"


o = outer()
print(next(o))
print(o.send("x"))
print(o.throw(ValueError("v")))
print(next(o))
try:
    next(o)
except StopIteration:
    print("done")

o = outer()
print(next(o))
o.close()
print("closed outer")


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(2))))


def tree(depth):
    if depth == 0:
        yield "leaf"
        return 1
    left = yield from tree(depth - 1)
    right = yield from tree(depth - 1)
    return left + right


t = tree(2)
items = []
while True:
    try:
        items.append(next(t))
    except StopIteration as s:
        print(items, s.value)
        break


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return kind is KeyError


def managed():
    with Resource("a") as a, Resource("b"):
        yield a.name
        yield "second"
    with Resource("c"):
        yield "third"
        raise KeyError("swallowed")
    yield "after"


print(list(managed()))
m = managed()
print(next(m))
m.close()


def matcher(items):
    for item in items:
        match item:
            case (x, y):
                yield x + y
            case {"k": v}:
                yield from [v, v]
            case str() as s if s:
                yield s.upper()
            case _:
                print("skip", item)


print(list(matcher([(1, 2), {"k": 3}, "ab", "", 4])))


class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids

    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k


print(list(Node(1, [Node(2, [Node(3)]), Node(4)])))
gen = Node(1).__iter__()
print(type(gen).__name__, gen.__name__, gen.__qualname__)
