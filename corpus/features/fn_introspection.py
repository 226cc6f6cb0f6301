import functools

def outer():
    def inner(a, b=2, *, c=3):
        "Inner doc."
        return a + b + c
    return inner

class Shape:
    def area(self):
        """Area of the shape."""
        return 0
    @staticmethod
    def make():
        return Shape()
    @classmethod
    def kind(cls):
        return cls.__name__
    class Meta:
        def m(self):
            pass

f = outer()
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
print(Shape.area.__qualname__, Shape.area.__doc__)
print(Shape.make.__qualname__, Shape.kind.__qualname__, Shape.Meta.m.__qualname__)
print(Shape.Meta.__qualname__, Shape.__qualname__, Shape.__name__, Shape.__module__)
g = lambda x: x
print(g.__name__, g.__qualname__)
print(outer.__defaults__, outer.__kwdefaults__, outer.__doc__)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def hello(x):
    "Say hello."
    return x
print(hello.__name__, hello.__doc__, hello.__qualname__, hello.__wrapped__.__name__)
print(hello.__wrapped__ is not hello)
print(type(f).__name__, type(Shape().area).__name__, type(len).__name__, type(Shape).__name__)
print(callable(f), callable(Shape), callable(Shape()), callable(3), callable(len))
