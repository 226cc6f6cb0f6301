class A:
    """Docs of A."""
    def f(self):
        "Docs of f."
        return 1

class B(A):
    pass

def g():
    """Docs of g."""

def h():
    pass

print(A.__doc__, B.__doc__, A().__doc__, A.f.__doc__, A().f.__doc__)
print(g.__doc__, h.__doc__, A.__module__, A().__module__, B.__name__, B.__qualname__)
print(hasattr(A, "__mro__"), hasattr(A(), "__module__"), hasattr(A(), "missing"))
print(getattr(A(), "nope", "default"), A.__bases__, B.__base__ if hasattr(B, "__base__") else "?")
try:
    A().missing
except AttributeError as e:
    print("AttributeError:", e)
