from dataclasses import dataclass, asdict, astuple


class Temp:
    """A temperature in Celsius."""

    unit = "C"

    def __init__(self, c):
        self.c = c

    def fahrenheit(self):
        """The same temperature in Fahrenheit."""
        return self.c * 9 / 5 + 32

    def plain(self):
        return self.c


class Hot(Temp):
    pass


def helper():
    """Module-level docstring
    over two lines."""
    ...


def gen():
    """A generator's docstring."""
    yield 1


print(Temp.__doc__, Temp.fahrenheit.__doc__, Temp.plain.__doc__, Hot.__doc__)
print(repr(helper.__doc__), gen.__doc__, helper(), list(gen()))
t = Temp(20)
print(t.__doc__, vars(t), t.__dict__)
vars(t)["c"] = 30
t.__dict__["extra"] = 1
t.__dict__.update(more=[1, 2])
print(t.c, t.extra, t.more, t.fahrenheit(), sorted(vars(t)))
del t.__dict__["extra"]
print(hasattr(t, "extra"), vars(t) is t.__dict__)


class Config:
    def __init__(self, **options):
        self.__dict__.update(options)


cfg = Config(debug=True, level=3)
print(cfg.debug, cfg.level, vars(cfg))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Item:
    name: str
    price: float = 0.0


print(asdict(Item("pen", 1.5)), astuple(Item("ink")))
for bad in [lambda: asdict(Item), lambda: astuple(5), lambda: asdict({"a": 1})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    try:
        raise KeyError("k")
    except:
        print("bare except caught", type(Exception()).__name__)
        raise
except KeyError as e:
    print("re-raised", e)
