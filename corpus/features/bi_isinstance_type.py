class Base:
    pass


class Child(Base):
    pass


values = [1, 2.0, "s", [1], (1,), {1: 2}, {1}, None, True, Child(), Base(), len, 10 ** 30]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (str, list)), isinstance(v, Base))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (float, (int, str))))
print(type(1) is int, type(True) is int, type(Child()) is Base, type([]) == list)
print(issubclass(bool, int), issubclass(Child, (str, Base)), issubclass(int, object))
print(type(type(1)).__name__, type(None).__name__, type(Base).__name__)
print(int.__name__, Child.__name__, Base.__name__)
print(isinstance(Child(), object), isinstance(3, object))
print(type("x")("abc"), type(5)("7") + 1, type([])("ab"))
