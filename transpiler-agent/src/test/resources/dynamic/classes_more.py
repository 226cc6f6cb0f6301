def register(cls):
    cls.registered = True
    return cls


@register
class Base:
    """A base class."""
    species: str = "base"
    limit = 3

    def __init__(self, value):
        self.value = value

    def describe(self):
        return f"{type(self).__name__}({self.value})"

    def __lt__(self, other):
        return self.value < other.value


class Child(Base):
    def __init__(self, value, extra):
        super().__init__(value * 2)
        self.extra = extra

    def describe(self):
        return super().describe() + "+" + str(self.extra)


class Grand(Child):
    pass


items = [Grand(3, "g"), Child(1, "c"), Base(4)]
print([i.describe() for i in items])
print(sorted(items)[0].describe(), Base.registered, Grand.limit, Child.species)
print(issubclass(Grand, Base), isinstance(items[0], Child), Base.__name__)
g = items[0]
g.value += 1
del g.extra
print(g.value, hasattr(g, "extra"), getattr(g, "missing", "dflt"))


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.n = 0

    def __call__(self, step=1):
        self.n += step
        return self.n

    def __getitem__(self, i):
        return i * 10

    def __contains__(self, x):
        return x == 42

    def __iter__(self):
        return iter([1, 2, 3])


c = Counter()
c()
print(c(5), c[3], 42 in c, 1 in c, list(c), Counter.instances)


def make_class(tag):
    class Local:
        def show(self):
            return tag
    return Local


print(make_class("local tag")().show())
