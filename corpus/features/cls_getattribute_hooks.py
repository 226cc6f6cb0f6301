# __getattribute__ overrides see every lookup (method calls too); an AttributeError from a
# property goes to __getattr__; instance functions shadow methods; __init_subclass__ kwargs.
class Lazy:
    def __init__(self):
        self.loaded = {}

    @property
    def broken(self):
        raise AttributeError("inner missing")

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        self.loaded[name] = len(name)
        return f"<{name}>"


z = Lazy()
print(z.broken, z.anything, z.loaded)
print(getattr(z, "_hidden", "default"), hasattr(z, "_x"), hasattr(z, "y"))


class Counting:
    reads = 0

    def __init__(self, v):
        self.v = v

    def __getattribute__(self, name):
        if name != "reads":
            type(self).reads += 1
        return super().__getattribute__(name)

    def double(self):
        return self.v * 2


c = Counting(4)
print(c.double(), c.v, Counting.reads)


class Greeter:
    def hello(self):
        return "class hello"


g = Greeter()
g.hello = lambda: "instance hello"
print(g.hello(), Greeter().hello())
del g.hello
print(g.hello())


class Base:
    registry = []

    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))


class A(Base, tag="alpha"):
    pass


class B(A):
    pass


print(Base.registry, A.tag, B.tag)


class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"


print(Box[int])


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


s = Slotted(1)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.y)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(s, "__dict__"))


class Meta:
    def __repr__(self):
        return "Meta()"

    def __format__(self, spec):
        return f"Meta formatted with {spec!r}"

    def __bool__(self):
        return False

    def __len__(self):
        return 5


m = Meta()
print(f"{m:>10}", format(m, ""), bool(m), len(m), "yes" if m else "no")
print(str(m), [m], {"k": m})
