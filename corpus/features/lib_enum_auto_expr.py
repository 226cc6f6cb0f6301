from enum import Enum, Flag, IntFlag, auto

class Perm(Flag):
    NONE = 0
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X
    EXEC_ONLY = ALL & X
    AFTER = auto()

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    YELLOW = RED | GREEN
    WHITE = YELLOW | BLUE
    CYAN = 2 | BLUE

class Level(IntFlag):
    LOW = auto()
    HIGH = auto()
    BOTH = LOW ^ HIGH

class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = SECOND + 1
    FOURTH = auto()

print(list(Perm), Perm.RW, repr(Perm.ALL), Perm.EXEC_ONLY is Perm.X, Perm.AFTER.value)
print(Perm.RW.value, Perm.ALL.value, Perm.R | Perm.W is Perm.RW, Perm.R in Perm.RW, Perm.ALL & ~Perm.W)
print(list(Color), Color.WHITE, Color.YELLOW.value, Color.CYAN, [c.name for c in Color.WHITE])
print(Level.BOTH, Level.BOTH.value, Level.BOTH == 3, Level.LOW | 4)
print(list(Step), Step.THIRD.value, Step.FOURTH.value, Step(3))
print(Perm.__members__.keys(), len(Perm.__members__))
