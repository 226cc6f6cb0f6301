from enum import Enum


class Op(Enum):
    ADD = "+"
    SUB = "-"


def run(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "going " + direction
        case ["pick", "up", item]:
            return "picked " + item
        case ["drop", *items] if items:
            return "dropped " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown: " + command


for c in ["go north", "go up", "pick up lamp", "drop a b c", "drop", "exit", ""]:
    print(repr(c), "->", run(c))


def apply(op, a, b):
    match op:
        case Op.ADD:
            return a + b
        case Op.SUB:
            return a - b


print(apply(Op.ADD, 2, 3), apply(Op.SUB, 2, 3))
for v in [(1, "x"), [2, "y", "z"], ("only",), {"k": [1, 2]}]:
    match v:
        case (int() as n, str() as s):
            print("int-str pair", n, s)
        case [n, *rest]:
            print("sequence", n, rest)
        case {"k": [first, *_]}:
            print("mapping with list starting", first)
