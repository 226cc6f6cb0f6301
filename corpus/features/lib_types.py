# types.SimpleNamespace (repr, equality, attributes, subclasses) and the built-in type names.
import types
from types import SimpleNamespace

ns = SimpleNamespace(name="widget", size=3)
print(ns, ns.name, ns.size)
ns.color = "red"
ns.size += 1
del ns.name
print(ns, ns.__dict__)
print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2))
print(SimpleNamespace() == {}, SimpleNamespace(**{"x": 1}, y=2))
try:
    SimpleNamespace({"x": 1})
except TypeError as e:
    print("TypeError", e)
nested = SimpleNamespace(inner=SimpleNamespace(v=[1, 2]), text="a'b")
print(nested, repr(nested.inner))
loop = SimpleNamespace()
loop.me = loop
print(loop)
try:
    print(ns.missing)
except AttributeError as e:
    print("AttributeError", e)
try:
    hash(ns)
except TypeError as e:
    print("TypeError", e)


class Config(SimpleNamespace):
    pass


print(Config(debug=True), isinstance(Config(), SimpleNamespace), type(ns).__name__)


def f():
    pass


class K:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType),
      isinstance(lambda: 0, types.LambdaType), isinstance(types, types.ModuleType),
      isinstance(None, types.NoneType), isinstance(K().m, types.MethodType), isinstance(f, types.MethodType))
