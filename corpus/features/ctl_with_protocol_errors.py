# `with` finds __enter__ and __exit__ on the type (an instance attribute does not count) and
# reports a manager lacking either with CPython's TypeError; a standard module imported and never
# used is left out (importing it prints nothing).
import subprocess

class OnlyEnter:
    def __enter__(self):
        return self

class Inst:
    pass

i = Inst()
i.__enter__ = lambda: 1
i.__exit__ = lambda *a: False
for obj in [42, OnlyEnter(), i, "text"]:
    try:
        with obj as x:
            print("inside", x)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

import contextlib


class Base:
    def __enter__(self):
        print("enter", type(self).__name__)
        return "resource"

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


class Derived(Base):
    def __getattr__(self, name):
        return lambda *a: "from __getattr__"


with Derived() as r, contextlib.nullcontext(5) as five, contextlib.suppress(KeyError):
    print(r, five)
    raise KeyError("suppressed")
print("after")
