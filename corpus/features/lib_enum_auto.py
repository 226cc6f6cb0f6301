from enum import Enum, IntEnum, auto


class A(Enum):
    X = 5
    Y = 1
    Z = auto()


class C(Enum):
    X = 1.5
    Y = auto()


class D(Enum):
    X = "x"
    Y = auto()


class E(IntEnum):
    A = auto()
    B = 10
    C = auto()


print(list(A), list(C), list(D), list(E))


class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return (name[:2], count, len(last_values))

    FIRST = auto()
    SECOND = auto()
    THIRD = 30
    FOURTH = auto()


print([m.value for m in Ordinal], Ordinal(("SE", 1, 1)).name)


class WithAlias(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return count * 10

    A = auto()
    B = 0
    C = auto()


print([(m.name, m.value) for m in WithAlias], list(WithAlias.__members__))
