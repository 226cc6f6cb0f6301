from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def label(self):
        return self.value.upper()


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["RED"], Color.RED == Color.RED, Color.RED == 1)
print(Color.RED is Color(1), isinstance(Color.RED, Color))
print([c.name for c in Color], len(Color))
print(Status.ACTIVE.label(), Status("inactive"))
counts = {Color.RED: 0, Color.BLUE: 0}
for c in [Color.RED, Color.BLUE, Color.RED]:
    counts[c] += 1
print(counts)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
print(type(Color.RED).__name__, Color.GREEN in Color)
