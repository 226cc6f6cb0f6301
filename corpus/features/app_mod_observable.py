"""Observable models: attribute hooks, delegation, plugins via __init_subclass__, and vars()."""
from __future__ import annotations

from collections import OrderedDict
from typing import Any, Callable
import functools


class Observable:
    _fields: tuple[str, ...] = ()

    def __init_subclass__(cls, *, fields: tuple[str, ...] = (), **kw: Any) -> None:
        super().__init_subclass__(**kw)
        cls._fields = cls._fields + fields

    def __init__(self, **values: Any) -> None:
        object.__setattr__(self, "_listeners", [])
        unknown = set(values) - set(self._fields)
        if unknown:
            raise TypeError(f"unknown fields: {', '.join(sorted(unknown))}")
        for name in self._fields:
            object.__setattr__(self, name, values.get(name))

    def subscribe(self, fn: Callable[[str, Any, Any], None]) -> None:
        self._listeners.append(fn)

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in self._fields:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}")
        old = getattr(self, name)
        object.__setattr__(self, name, value)
        if old != value:
            for fn in self._listeners:
                fn(name, old, value)

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({inner})"


class Person(Observable, fields=("name", "email")):
    pass


class Employee(Person, fields=("salary",)):
    def raise_salary(self, pct: float) -> None:
        self.salary = round(self.salary * (1 + pct / 100), 2)


class ReadOnlyView:
    """Delegates reads to the wrapped object and refuses writes."""

    def __init__(self, target: object) -> None:
        self.__dict__["_target"] = target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if callable(value):
            raise AttributeError(f"method {name!r} is hidden")
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("read-only view")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("read-only view")


class LRU:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: OrderedDict[str, Any] = OrderedDict()
        self.hits = self.misses = 0

    def __getitem__(self, key: str) -> Any:
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        raise KeyError(key)

    def __setitem__(self, key: str, value: Any) -> None:
        self.data[key] = value
        self.data.move_to_end(key)
        while len(self.data) > self.capacity:
            evicted, _ = self.data.popitem(last=False)
            print(f"  evict {evicted}")

    def __contains__(self, key: str) -> bool:
        return key in self.data

    def __repr__(self) -> str:
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"


def memo_method(fn):
    @functools.wraps(fn)
    def wrapper(self, *args):
        cache = self.__dict__.setdefault("_memo", {})
        key = (fn.__name__, args)
        if key not in cache:
            cache[key] = fn(self, *args)
        return cache[key]
    return wrapper


class Report:
    def __init__(self, title: str) -> None:
        self.title = title
        self.calls = 0

    @memo_method
    def heading(self, level: int) -> str:
        """Return a heading of the given level."""
        self.calls += 1
        return "#" * level + " " + self.title


def main() -> None:
    log: list[str] = []
    p = Employee(name="Ada", email="ada@example.org", salary=5000)
    p.subscribe(lambda f, old, new: log.append(f"{f}: {old!r} -> {new!r}"))
    p.raise_salary(10)
    p.email = "ada@math.org"
    p.name = "Ada"
    print(p, Employee._fields, Person._fields)
    print(log)
    try:
        p.age = 36
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        Person(name="x", phone="1")
    except TypeError as e:
        print("TypeError:", e)

    view = ReadOnlyView(p)
    print(view.name, view.salary)
    for action in (lambda: view.raise_salary, lambda: setattr(view, "name", "B"), lambda: delattr(view, "name")):
        try:
            action()
        except AttributeError as e:
            print("AttributeError:", e)

    cache = LRU(2)
    for k in ["a", "b", "a", "c", "b", "d"]:
        try:
            cache[k]
        except KeyError:
            cache[k] = k.upper()
    print(cache, "a" in cache, "d" in cache)

    r = Report("Summary")
    print(r.heading(1), r.heading(2), r.heading(1), r.calls)
    print(Report.heading.__name__, Report.heading.__doc__)
    print(sorted(vars(r)), vars(r)["title"])
    state = vars(p)
    print(sorted(k for k in state if not k.startswith("_")))
    r.__dict__["extra"] = 1
    print(r.extra, getattr(r, "missing", "default"))


main()
