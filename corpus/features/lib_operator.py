import operator
from operator import itemgetter, attrgetter, methodcaller


class P:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.city = city

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"


class Box:
    def __init__(self, inner):
        self.inner = inner


rows = [("bob", 25, "Oslo"), ("amy", 31, "Rome"), ("cid", 25, "Bern"), ("dan", 19, "Oslo")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(2, 0)))
print(itemgetter(0)(rows), itemgetter(-1, 0)(rows), itemgetter(slice(1, 3))("abcdef"))
print(itemgetter("a", "c")({"a": 1, "b": 2, "c": 3}), itemgetter("b")({"b": [1]}))
print(list(map(itemgetter(0), rows)), max(rows, key=itemgetter(1)))
try:
    itemgetter(5)([1, 2])
except IndexError as e:
    print("IndexError:", e)
try:
    itemgetter("zz")({})
except KeyError as e:
    print("KeyError:", e)

people = [P("ann", 40, "Oslo"), P("bo", 22, "Rome"), P("cy", 22, "Bern")]
print([p.name for p in sorted(people, key=attrgetter("age", "name"))])
print(attrgetter("name")(people[0]), attrgetter("name", "city")(people[1]))
nested = Box(Box(P("deep", 1, "X")))
print(attrgetter("inner.inner.name")(nested), attrgetter("inner.inner.age", "inner.inner.city")(nested))
try:
    attrgetter("missing")(people[0])
except AttributeError as e:
    print("AttributeError:", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError:", e)

print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"), methodcaller("replace", "a", "o", 1)("banana"))
print(methodcaller("greet", "Hi")(people[0]), methodcaller("greet", "Yo", punct="?")(people[1]))
print(list(map(methodcaller("strip"), [" a ", "b  "])), methodcaller("get", "k", 0)({"k": 7}))
try:
    methodcaller()
except TypeError as e:
    print("TypeError:", e)
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(attrgetter("x", "y.z")), repr(methodcaller("f", 1, k=2)))

# arithmetic and comparison functions
a, b = 17, 5
print(operator.add(a, b), operator.sub(a, b), operator.mul(a, b), operator.truediv(a, b), operator.floordiv(a, b))
print(operator.mod(a, b), operator.pow(a, b), operator.neg(a), operator.pos(-a), operator.abs(-a), operator.invert(a))
print(operator.lshift(a, 3), operator.rshift(a, 2), operator.and_(a, b), operator.or_(a, b), operator.xor(a, b))
print(operator.floordiv(-7, 2), operator.mod(-7, 2), operator.truediv(1, 3), operator.pow(2, -1), operator.mod(7.5, 2))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne("a", "b"), operator.gt(1, 2), operator.ge(3, 3))
print(operator.not_(0), operator.truth([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.concat("ab", "cd"), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1))
print(operator.indexOf([5, 6, 7], 7), operator.getitem({"k": 1}, "k"), operator.index(7), operator.add("x", "y"))
print(operator.mul("ab", 3), operator.add(1.5, 2), operator.sub(True, 3), operator.neg(2.5))
lst = [1, 2, 3, 4]
operator.setitem(lst, 0, 10)
operator.delitem(lst, 1)
print(lst, operator.length_hint([1, 2, 3]), operator.length_hint(people[0], 5), operator.length_hint("abcd"))
x = [1]
y = operator.iadd(x, [2])
print(x, y, x is y, operator.iadd(1, 2), operator.imul("a", 3), operator.isub(5, 1), operator.ior({1}, {2}))
try:
    operator.truediv(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    operator.add(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    operator.indexOf([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    operator.index(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    operator.neg()
except TypeError as e:
    print("TypeError:", e)
try:
    operator.add(1)
except TypeError as e:
    print("TypeError:", e)

from functools import reduce
print(reduce(operator.mul, range(1, 6)), reduce(operator.or_, [1, 2, 4]), reduce(operator.concat, ["a", "b", "c"]))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=operator.itemgetter(1), reverse=True))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(map(operator.pow, [2, 3], [3, 2])))
