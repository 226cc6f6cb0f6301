"""Plugin-based shape validation with ABCs, descriptors and registries."""
from abc import ABC, abstractmethod
from functools import singledispatch, wraps
from contextlib import contextmanager, ExitStack, suppress
import math


class Positive:
    """Descriptor that validates a positive number."""

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public} must be a number, got {type(value).__name__}")
        if value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value!r}")
        setattr(obj, self.private, value)


class Shape(ABC):
    registry: dict[str, type["Shape"]] = {}

    def __init_subclass__(cls, /, kind: str = "", **kwargs):
        super().__init_subclass__(**kwargs)
        if kind:
            Shape.registry[kind] = cls
            cls.kind = kind

    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def describe(self) -> str:
        return f"{self.kind} area={self.area():.3f} perimeter={self.perimeter():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape, kind="circle"):
    radius = Positive()

    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius

    def __repr__(self):
        return f"Circle(r={self.radius})"


class Rect(Shape, kind="rect"):
    width = Positive()
    height = Positive()

    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    def __repr__(self):
        return f"Rect({self.width}x{self.height})"


class Square(Rect, kind="square"):
    def __init__(self, side):
        super().__init__(side, side)


class Broken(Shape):
    def area(self):
        return 0


def logged(prefix):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            print(f"{prefix} -> {fn.__name__}{args}")
            result = fn(*args, **kwargs)
            print(f"{prefix} <- {result!r}")
            return result
        return wrapper
    return deco


@logged("build")
def build(kind, *dims):
    cls = Shape.registry[kind]
    return cls(*dims)


@singledispatch
def render(obj):
    return f"<unknown {type(obj).__name__}>"


@render.register
def _(obj: Circle):
    return f"(o r={obj.radius})"


@render.register(Rect)
def _(obj):
    return f"[# {obj.width}x{obj.height}]"


@render.register(list)
def _(obj):
    return ", ".join(render(x) for x in obj)


class ValidationError(Exception):
    pass


@contextmanager
def section(name, log):
    log.append(f"enter {name}")
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f"{name} failed: {e}")
        raise ValidationError(f"in {name}") from e
    finally:
        log.append(f"exit {name}")


def main():
    print(sorted(Shape.registry))
    shapes = [build("circle", 1.5), build("rect", 2, 3), build("square", 2)]
    for s in sorted(shapes):
        print(s.describe())
    print(render(shapes), render(3.5))
    print(build.__name__, build.__wrapped__.__name__)

    try:
        Broken()
    except TypeError as e:
        print("TypeError:", e)
    try:
        Shape()
    except TypeError as e:
        print("TypeError:", e)

    for bad in (-1, "x", 0):
        try:
            Circle(bad)
        except (TypeError, ValueError) as e:
            print(f"{type(e).__name__}: {e}")

    print(type(Circle.radius).__name__, Circle.radius.public)

    log = []
    try:
        with section("outer", log) as tag:
            log.append(tag)
            with section("inner", log):
                Rect(1, -2)
    except ValidationError as e:
        print("caught", e, "| cause:", repr(e.__cause__), "| context:", type(e.__context__).__name__)
    print(log)

    with ExitStack() as stack:
        names = [stack.enter_context(section(n, log)) for n in ("a", "b")]
        stack.callback(log.append, "callback ran")
        print(names)
    print(log[-5:])

    with suppress(KeyError, ZeroDivisionError):
        print(1 / 0)
    print("after suppress")

    err = ValidationError("bad config")
    err.add_note("while loading shapes.toml")
    err.add_note("line 3")
    try:
        raise err
    except ValidationError as e:
        print(e, e.__notes__)


main()
