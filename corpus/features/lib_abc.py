from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

    @property
    @abstractmethod
    def sides(self):
        ...

    @classmethod
    def unit(cls):
        return cls(1)

    @staticmethod
    @abstractmethod
    def kind():
        ...


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side

    @property
    def sides(self):
        return 4

    @staticmethod
    def kind():
        return "polygon"


class HalfDone(Shape):
    def area(self):
        return 0


sq = Square(3)
print(sq.describe(), sq.sides, Square.kind(), Square.unit().area(), isinstance(sq, Shape), issubclass(Square, ABC))
for cls in [Shape, HalfDone]:
    try:
        cls("x")
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__ == frozenset())


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass


class Impl(Base):
    def run(self):
        return "ran " + super().run().__class__.__name__


print(Impl().run(), isinstance(Impl(), Base), type(Base).__name__, type(Impl).__name__)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class OneAbstract(ABC):
    @abstractmethod
    def only(self):
        pass


try:
    OneAbstract()
except TypeError as e:
    print("TypeError:", e)


class NoAbstract(ABC):
    def hello(self):
        return "hello"


print(NoAbstract().hello(), isinstance(NoAbstract(), ABC))


class Mixin:
    def extra(self):
        return "extra"


class Concrete(Mixin, OneAbstract):
    def only(self):
        return "only"


print(Concrete().only(), Concrete().extra(), [c.__name__ for c in Concrete.__mro__])


class Registered(ABC):
    pass


Registered.register(int)
print(isinstance(5, Registered), issubclass(bool, Registered), isinstance("s", Registered))
