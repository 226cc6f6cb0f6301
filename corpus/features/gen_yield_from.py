def inner(n):
    for i in range(n):
        yield i
    return n * 10


def outer():
    got = yield from inner(3)
    print("inner returned", got)
    yield from "xy"
    yield from [100, 200]


print(list(outer()))


def tree_walk(node):
    value, children = node
    yield value
    for child in children:
        yield from tree_walk(child)


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
print(list(tree_walk(tree)))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], (3,), range(4, 6), {"k": 0})))
