class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return "suppressor"

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.types)


with Resource("a") as r:
    print("using", r.name)
with Resource("x") as x, Resource("y") as y:
    print("both", x.name, y.name)
try:
    with Resource("failing"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with Suppress(ZeroDivisionError) as s:
    print(s)
    1 / 0
    print("not printed")
print("after suppress")


def use():
    with Resource("ret"):
        return "returned from with"


print(use())
for i in range(3):
    with Resource("loop" + str(i)):
        if i == 1:
            break
