from enum import Enum, auto

class Planet(Enum):
    MERCURY = (auto(), 3.303e+23)
    VENUS = (auto(), 4.869e+24)

    def __init__(self, num, mass):
        self.num = num
        self.mass = mass

print([(p.name, p.num, p.mass) for p in Planet])

class Op(Enum):
    ADD = ("+", auto())
    SUB = ("-", auto())
    NOP = auto()

    def __init__(self, *args):
        self.sym = args[0] if len(args) > 1 else "?"

print([(o.name, o.value, o.sym) for o in Op], Op(("-", 2)))
