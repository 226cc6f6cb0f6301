# contextlib.contextmanager and ContextDecorator-style use on methods, static and class methods
import contextlib


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name
        self.log = []

    @contextlib.contextmanager
    def using(self, mode="r", *, tag=None):
        """Open the resource for a while."""
        self.log.append(f"open {mode} {tag}")
        try:
            yield f"{self.name}:{mode}"
        except KeyError as e:
            self.log.append(f"handled {e}")
        finally:
            self.log.append("close")

    @staticmethod
    @contextlib.contextmanager
    def quiet():
        yield "quiet"

    @classmethod
    @contextlib.contextmanager
    def tracking(cls, name):
        cls.opened.append(name)
        yield cls
        cls.opened.remove(name)


r = Resource("db")
with r.using() as h:
    print(h)
with r.using("w", tag="t1") as h:
    print(h)
    raise KeyError("missing")
print(r.log)
print(Resource.using.__name__, Resource.using.__doc__, Resource.using.__qualname__)
print(r.using.__self__ is r, callable(r.using))
with Resource.quiet() as q, r.quiet() as q2:
    print(q, q2)
with Resource.tracking("a") as cls:
    print(cls.__name__, Resource.opened)
print(Resource.opened)
unbound = Resource.using
with unbound(r, "x") as h:
    print(h)

try:
    with r.using():
        raise ValueError("boom")
except ValueError as e:
    print("escaped", e, r.log[-2:])


@contextlib.contextmanager
def section(title):
    print("begin", title)
    yield
    print("end", title)


class Report:
    def __init__(self):
        self.lines = []

    @section("method")
    def build(self, n):
        self.lines.append(n)
        print("building", n)
        return len(self.lines)


rep = Report()
print(rep.build(1), rep.build(2))
print(Report.build.__name__)
