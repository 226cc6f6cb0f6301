# A class's own __setattr__/__delattr__ sees every assignment, properties' too, and
# object.__setattr__ (reached by super()) still honours data descriptors.
from dataclasses import dataclass, field


class Temp:
    def __init__(self, c):
        self.log = []
        self.celsius = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        self.log.append("deleting")
        del self._c

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        super().__delattr__(name)


t = Temp(20)
t.celsius = 25
print(t.celsius, t.log)
try:
    t.celsius = -300
except ValueError as e:
    print("error", e)
print(t.__dict__)
object.__setattr__(t, "celsius", 30)
print(t.celsius, t.log[-2:])
del t.celsius
print(hasattr(t, "_c"), t.log[-4:])
object.__delattr__(t, "log")
print(hasattr(t, "log"))


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        object.__setattr__(obj, self.name, value)


class Audited:
    count = Positive()

    def __init__(self):
        self.trail = []

    def __setattr__(self, name, value):
        if name != "trail":
            self.trail.append((name, value))
        object.__setattr__(self, name, value)


a = Audited()
a.count = 3
a.count = 4
try:
    a.count = 0
except ValueError as e:
    print(e)
print(a.count, a.trail, sorted(vars(a)))


@dataclass
class Tracked:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)

    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        super().__setattr__(name, value)


x = Tracked("bolt", 3)
x.qty += 1
print(x)


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1)
try:
    p.x = 1
except Exception as e:
    print(type(e).__name__, e)
