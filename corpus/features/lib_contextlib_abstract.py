# contextlib.AbstractContextManager: __enter__ returns the manager, __exit__ is abstract.
from contextlib import AbstractContextManager


class Timer(AbstractContextManager):
    def __init__(self, name):
        self.name = name
        self.events = []

    def __exit__(self, exc_type, exc, tb):
        self.events.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError


class Passthrough(AbstractContextManager):
    def __enter__(self):
        print("entering", type(self).__name__)
        return super().__enter__()

    def __exit__(self, *exc):
        print("super exit returns", super().__exit__(*exc))


class Incomplete(AbstractContextManager):
    pass


with Timer("a") as t:
    print(t is not None, t.name)
print(t.events)
with Timer("b") as t2:
    raise KeyError("swallowed")
print(t2.events)
try:
    with Timer("c") as t3:
        raise ValueError("kept")
except ValueError as e:
    print("ValueError:", e, t3.events)
with Passthrough() as p:
    print(type(p).__name__)
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
try:
    AbstractContextManager()
except TypeError as e:
    print("TypeError:", e)
print(sorted(AbstractContextManager.__abstractmethods__), sorted(Timer.__abstractmethods__))
print(isinstance(t, AbstractContextManager), issubclass(Timer, AbstractContextManager))


class Duck:
    # Not derived from it, but it has both methods: an AbstractContextManager by its hook.
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class HalfDuck:
    def __enter__(self):
        return self


class NoExit(Duck):
    __exit__ = None


print(isinstance(Duck(), AbstractContextManager), issubclass(Duck, AbstractContextManager))
print(isinstance(HalfDuck(), AbstractContextManager), issubclass(NoExit, AbstractContextManager))
print(isinstance(open, AbstractContextManager), issubclass(int, AbstractContextManager))
