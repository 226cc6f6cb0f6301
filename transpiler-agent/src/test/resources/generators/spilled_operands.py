# Operands evaluated before a yield inside a larger expression keep their values and order.
log = []


def note(x):
    log.append(x)
    return x


class Box:
    def __init__(self):
        self.items = []


def gen(box):
    box.items.append((yield "first"))
    total = note(10) + (yield "second")
    print("total", total)
    text = str(note(1)) + ":" + str((yield "third"))
    print("text", text)
    pair = (note("a"), (yield "fourth"), note("b"))
    print("pair", pair)
    yield box.items, log


b = Box()
g = gen(b)
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.send(9))
print(g.send(11))
