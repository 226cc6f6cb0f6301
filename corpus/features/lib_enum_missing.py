# Enum._missing_: a class's own hook for values no member has (aliases, case folding, defaults)
from enum import Enum, IntEnum


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    UNKNOWN = "unknown"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            folded = value.strip().lower()
            for member in cls:
                if member.value == folded:
                    return member
            if folded in ("on", "yes"):
                return cls.ACTIVE
        return None


class Code(IntEnum):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, int) and 500 <= value < 600:
            return cls.ERROR
        return None


class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "not a member"


class Strict(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(f"no {value}")


print(Status("ACTIVE "), Status("on"), Status("inactive"), [m.name for m in Status], len(Status))
print(Code(200), Code(503).name, Code(599) is Code.ERROR, list(Code))
for cls, value in [(Status, "maybe"), (Status, 3), (Code, 302), (Broken, 2), (Strict, 7)]:
    try:
        print(cls(value))
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(Broken(1), Strict.A, Status["UNKNOWN"])
