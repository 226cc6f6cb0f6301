# Dunder methods called explicitly on built-in values, unbound methods of built-in types
# taken from the class, and NotImplemented from binary methods given other types.
import operator

print((5).__add__(3), int.__add__(5, 3), (5).__radd__(2), (5).__sub__(7), (2.5).__mul__(2), (7).__floordiv__(2))
print((7).__mod__(3), (2).__pow__(10), pow(2, 10, 1000), (2).__pow__(10, 1000), (10).__divmod__(3), (10).__rdivmod__(3))
print((10).__truediv__(4), (10).__rtruediv__(4), (1).__lshift__(4), (6).__and__(3), True.__and__(False), True.__or__(1))
print("a".__len__(), [1, 2].__contains__(2), (1, 2).__getitem__(0), {"k": 1}.__getitem__("k"), "ab".__add__("c"))
print("ab".__mul__(3), [1].__mul__(2), (1,).__add__((2,)), "x=%d".__mod__(4), "ab".__iter__().__next__())
# A binary method given a type it does not handle returns NotImplemented.
print((5).__add__("x"), (5).__add__(2.5), (2.5).__radd__(5), (1).__eq__(1.0), (1.0).__eq__(1), "a".__eq__(1))
print([].__eq__(()), (3).__lt__(4), (3).__ge__(4), {1: 2}.__eq__({1: 2}), (1).__ne__(2), "x".__ne__("x"))
print((5).__neg__(), (-5).__abs__(), (2.7).__int__(), (2.5).__round__(), (2.567).__round__(2), (3).__float__())
print((3).__bool__(), (0.0).__bool__(), (5).__index__(), (5).__invert__(), (3.7).__floor__(), (3.2).__ceil__(), (3.7).__trunc__())
print(int.__repr__(7), float.__repr__(0.1), str.__repr__("q"), int.__str__(5), int.__hash__(5) == hash(5))

# Unbound methods: the receiver comes first.
print(dict.__getitem__({"a": 1}, "a"), list.__len__([1, 2, 3]), str.__len__("abcd"), tuple.__len__((1,)))
print(str.upper("abc"), str.join(",", ["a", "b"]), list.__getitem__([5, 6], 1), dict.get({"a": 2}, "a"))
xs = []
list.append(xs, 1)
list.extend(xs, [2, 3])
list.__setitem__(xs, 0, 10)
list.__delitem__(xs, 1)
print(xs, list.__contains__(xs, 3), list.index(xs, 3), dict.keys({"z": 0}))
d = {}
dict.__setitem__(d, "x", 1)
dict.update(d, y=2)
print(d, dict.__len__(d), dict.__contains__(d, "y"), dict.__repr__(d), dict.fromkeys("ab", 0))
print(list(map(int.__neg__, [1, 2])), list(map(str.strip, [" a ", "b "])), sorted(["bb", "a", "ccc"], key=str.__len__))
print(list(map(str.lower, ["A", "B"])), sorted(["b", "A", "c"], key=str.casefold), list(map(operator.add, [1, 2], [3, 4])))
ys = [1]
r = ys.__iadd__([2, 3])
print(r is ys, ys, ys.__len__(), ys.__reversed__().__next__())

for call in (
    lambda: int.__add__("x", 1),
    lambda: str.upper(5),
    lambda: "a".__add__(1),
    lambda: [].__add__(()),
    lambda: "ab".__mul__(1.5),
    lambda: 5 + "a",
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Money:
    def __init__(self, cents):
        object.__setattr__(self, "cents", cents)

    def __setattr__(self, name, value):
        raise AttributeError(f"Money is immutable: cannot set {name!r}")

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    __radd__ = __add__

    def __repr__(self):
        return f"Money({self.cents})"


print(Money(5) + Money(7), 3 + Money(1), sum([Money(1), Money(2)]), Money(1).__add__(2.5))
try:
    Money(1).cents = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Money(1) + 2.5
except TypeError as e:
    print("TypeError:", e)
