# Members of enums with a data type (StrEnum, IntEnum, IntFlag, str/int mixins) are
# instances of that type: built-in functions and methods that take a str or an int take them.
import json
from enum import Enum, IntEnum, IntFlag, StrEnum, auto


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    DARK_BLUE = "dark-blue"


class Status(str, Enum):
    OPEN = "open"
    CLOSED = "closed"


class Priority(IntEnum):
    LOW = 1
    HIGH = 3


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print("-".join(Color), ", ".join([Status.OPEN, Status.CLOSED]))
print(json.dumps({"color": Color.RED, "status": Status.CLOSED, "prio": Priority.HIGH, "perm": Perm.R | Perm.W}))
print(json.dumps([Color.GREEN, Priority.LOW]))
print("dark" in Color.DARK_BLUE, Color.DARK_BLUE.split("-"), Color.RED.startswith("r"))
print("state: " + Status.OPEN, Status.OPEN + "!", len(Color.GREEN), Color.GREEN[0], Color.GREEN[1:])
print("x".join(["a", Color.RED]), "abc".replace("b", Color.RED), "red" == Color.RED)
print(isinstance(Color.RED, str), isinstance(Priority.LOW, int), isinstance(Perm.R, int))
print(["a", "b", "c", "d"][Priority.HIGH], list(range(Priority.HIGH)), "ab" * Priority.LOW)
print(int(Perm.R | Perm.X), Perm.R | Perm.X, hex(Perm.W), f"{Priority.HIGH:>4}|{Color.RED:>6}|{Status.OPEN}")
print(sorted([Color.RED, "blue", Color.GREEN]), max(Priority), sum(Priority))
print("%s and %d" % (Color.RED, Priority.HIGH), "{} {}".format(Status.OPEN, Priority.LOW))
print({Color.RED: 1}["red"], {"open": 2}[Status.OPEN], Priority.HIGH / 2, divmod(Priority.HIGH, 2))
print(str(Status.OPEN), repr(Status.OPEN), str(Color.RED), repr(Color.RED), str(Perm.W), repr(Perm.R | Perm.W))
print(Color.RED.upper(), Color.RED.value.upper(), Status("closed") is Status.CLOSED, Color("red"))
