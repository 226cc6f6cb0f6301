class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ is not None and typ.__name__, value)
        return self.swallow


with Ctx("a") as c:
    print("inside", c.name)

with Ctx("b", swallow=True):
    raise ValueError("swallowed")
print("after b")

def early():
    with Ctx("c"):
        return "returned"

print(early())

for i in range(3):
    with Ctx("loop"):
        if i == 1:
            break
print("i =", i)

try:
    with Ctx("d"), Ctx("e"):
        raise KeyError("k")
except KeyError as e:
    print("escaped", e)
