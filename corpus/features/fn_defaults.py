def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


print(greet("world"))
print(greet("Bob", "Hi"))
print(greet("Eve", punct="?"))
print(greet("Zed", greeting="Yo", punct="..."))


def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_to(1))
print(append_to(2))
shared = [0]
print(append_to(3, shared), append_to(4, shared))


def mutable_default(x, seen=[]):
    seen.append(x)
    return len(seen)


print(mutable_default("a"), mutable_default("b"), mutable_default("c"))


def scale(values, factor=2, offset=0.5):
    return [v * factor + offset for v in values]


print(scale([1, 2, 3]))
print(scale([1, 2, 3], 10))
print(scale([1, 2, 3], offset=-1))
