import copy
from enum import Enum, IntEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1


print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.GREEN) is Color.GREEN)
print(copy.deepcopy({Color.RED: [1, 2]}), copy.deepcopy([Color.GREEN, Color.CRIMSON]))
for attempt in [lambda: setattr(Color.RED, "value", 5), lambda: setattr(Color.RED, "name", "X"),
                lambda: delattr(Color.GREEN, "value"), lambda: setattr(Color, "RED", 3),
                lambda: delattr(Color, "GREEN")]:
    try:
        attempt()
        print("allowed")
    except AttributeError as e:
        print("AttributeError:", e)
Color.RED.note = "extra attributes are fine"
print(Color.RED.note, Color.RED.value, Color.RED.name)


@unique
class Single(Enum):
    A = 1
    B = 2


print(list(Single))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{count}-{len(last_values)}"

    NORTH = auto()
    SOUTH = auto()
    FIXED = "fixed"
    WEST = auto()


print([m.value for m in Lower], Lower("south-1-1"))

Animal = Enum("Animal", "ANT BEE, CAT")
print(list(Animal), Animal.BEE.value, Animal(3), repr(Animal.ANT), Animal.CAT.name, type(Animal.ANT).__name__)
Pet = Enum("Pet", [("DOG", "d"), ("FISH", "f")])
print(Pet.DOG, Pet("f"), Pet.DOG.value, len(Pet))
Level = IntEnum("Level", ["LOW", "HIGH"], start=10)
print(Level.HIGH, Level.LOW + 1, list(Level), Level(11))
Mapped = Enum("Mapped", {"ONE": 1, "TWO": 2})
print(Mapped.TWO, Mapped(1), isinstance(Mapped.ONE, Enum))
print(isinstance(Level.LOW, int), issubclass(Level, int), isinstance(Level.LOW, str), isinstance(Color.RED, int))
