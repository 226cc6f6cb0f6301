# Classes deriving from int and float: quantities with units that print through
# __str__/__repr__, flags made in __new__, and arithmetic that returns plain numbers
# unless the class overrides it (NotImplemented lets the other operand answer).


class Celsius(float):
    def __repr__(self):
        return f"Celsius({float.__repr__(self)})"

    def __str__(self):
        return f"{float(self):.1f}°C"

    def to_fahrenheit(self):
        return Fahrenheit(self * 9 / 5 + 32)


class Fahrenheit(float):
    def __str__(self):
        return f"{float(self):.1f}°F"


t = Celsius(21.5)
print(t, repr(t), t.to_fahrenheit(), [t, Celsius(-3)], str(t), f"{t}", f"{t:.3f}", format(t, "08.2f"), "%.2f" % t)
print(t + 1, type(t + 1).__name__, 2 * t, t / 2, t // 2, t % 2, t ** 2, -t, abs(Celsius(-3)), type(-t).__name__)
print(t > 20, t == 21.5, round(t), int(t), float(t), t.is_integer(), t.real, hash(t) == hash(21.5), t.hex())
readings = [Celsius(19.0), Celsius(23.25), Celsius(21.0)]
print(max(readings), min(readings), sorted(readings), sum(readings), sum(readings) / len(readings))


class Meters(int):
    def __str__(self):
        return f"{int(self)} m"

    def __add__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return Meters(int(self) + int(other))

    __radd__ = __add__


total = Meters(3) + Meters(4)
print(total, repr(total), type(total).__name__, f"{total}", f"{total:>5}", [total])
print(Meters(3) + 4, type(Meters(3) + 4).__name__, 4 + Meters(3), Meters(5) - 2, Meters(5) * Meters(2), Meters(7) // 2)
try:
    Meters(3) + "4"
except TypeError as e:
    print("TypeError:", e)


class Flags(int):
    NAMES = ("read", "write", "exec")

    def __new__(cls, value=0):
        if value < 0:
            raise ValueError(f"negative flags: {value}")
        return super().__new__(cls, value)

    def __or__(self, other):
        return Flags(int(self) | int(other))

    def __repr__(self):
        names = [n for i, n in enumerate(self.NAMES) if int(self) >> i & 1]
        return "Flags(" + "|".join(names or ["none"]) + ")"


READ, WRITE, EXEC = Flags(1), Flags(2), Flags(4)
rw = READ | WRITE
print(rw, READ | 4, rw & 2, type(rw & 2).__name__, rw + 1, rw == 3, rw < 4, bool(Flags()), Flags())
print(str(rw), f"{rw}", f"{rw:03b}", bin(rw), hex(rw | EXEC), rw.bit_length(), ~rw, rw << 2, divmod(rw, 2), [10, 20, 30, 40][rw])
print(isinstance(rw, int), Flags.from_bytes(b"\x05", "big"), type(Flags.from_bytes(b"\x05", "big")).__name__, range(rw)[-1])
try:
    Flags(-1)
except ValueError as e:
    print("ValueError:", e)


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __radd__(self, other):
        return self if other == 0 else NotImplemented

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    __hash__ = None

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


print(sum([Vector(1, 2), Vector(3, 4)]), Vector(1, 1).__add__(3), Vector(1, 1) == (1, 1), Vector(1, 1) != Vector(1, 1))
try:
    Vector(1, 2) + 1
except TypeError as e:
    print("TypeError:", e)
try:
    class Truthy(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Both(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
