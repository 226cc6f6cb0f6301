from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

# deque
d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d, d[0], d[-1], len(d))
d.rotate(-3)
print(d)
d.appendleft(0)
d.extendleft([-1, -2])
d.extend([6, 7])
print(d, d.popleft(), d.pop(), d)
print(d.index(3), d.index(3, 2), d.count(3), 4 in d, 99 in d)
d.insert(2, "x")
d.remove("x")
d.reverse()
print(d, list(reversed(d)), d[2])
d[0] = 100
del d[1]
print(d, d == deque([100, 4, 3, 2, 1, 0, -1]) if False else d == deque(d), d * 2 if len(d) < 4 else len(d * 2))
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, b.maxlen, repr(deque("ab", maxlen=5)), deque(maxlen=0))
b.appendleft(-1)
print(b)
b.extend([10, 11])
print(b, deque([1, 2]) + deque([3]), deque([1, 2]) < deque([1, 3]))
e = deque()
for bad in [e.pop, e.popleft, lambda: e[0], lambda: deque([1]).index(5), lambda: deque([1]).remove(7),
            lambda: deque([1, 2], maxlen=2).insert(0, 9), lambda: deque(maxlen=-1)]:
    try:
        print(bad())
    except (IndexError, ValueError) as ex:
        print(type(ex).__name__ + ":", ex)
d.clear()
print(d, len(d), bool(d), deque(range(3)).copy(), deque([[1]]) == deque([[1]]))
window = deque(maxlen=3)
sums = []
for x in [5, 1, 4, 2, 8, 3]:
    window.append(x)
    sums.append(sum(window))
print(sums, list(window))

# Counter
c = Counter("mississippi")
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0), c["s"], c["q"])
print(Counter([3, 1, 3, 2, 1, 3]).most_common(), Counter({"a": 2, "b": 5}), Counter(a=1, b=0, c=-2))
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a, a & b, a | b)
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1, c=0))
a.update("aab")
a.update({"z": 5})
print(a)
a.subtract(["a", "z", "z"])
a.subtract(b=10)
print(a, a.total(), sorted(a.elements()), list(Counter(x=2, y=1).elements()))
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3), len(wc), list(wc), wc.total(), sum(wc.values()))
print(Counter("abc") == Counter("cba"), Counter(a=1) == Counter(a=1, b=0), dict(Counter("aab")))
wc["the"] -= 3
del wc["and"]
print(wc, wc.get("missing"), "the" in wc, repr(Counter()))
print(Counter({"x": 1.5, "y": 0.5}).most_common(1), Counter("hello") <= Counter("hello world"))

# OrderedDict
od = OrderedDict()
for k, v in [("b", 2), ("a", 1), ("c", 3)]:
    od[k] = v
print(od, list(od), od.popitem(), od)
od["d"] = 4
od["e"] = 5
od.move_to_end("a")
print(list(od.keys()))
od.move_to_end("e", last=False)
print(list(od.items()), od.popitem(last=False), od)
print(od == {"b": 2, "d": 4, "a": 1}, od == OrderedDict([("b", 2), ("d", 4), ("a", 1)]))
print(od == OrderedDict([("d", 4), ("b", 2), ("a", 1)]), dict(od) == dict(OrderedDict([("d", 4), ("b", 2), ("a", 1)])))
print(OrderedDict.fromkeys("xyz", 0), OrderedDict(a=1).copy(), repr(OrderedDict()), OrderedDict([(1, 2)]) | {3: 4})
try:
    od.move_to_end("zz")
except KeyError as ex:
    print("KeyError:", ex)
try:
    OrderedDict().popitem()
except KeyError as ex:
    print("KeyError:", ex)
od.setdefault("f", 6)
od.update([("b", 20)])
print(od, od.pop("d"), list(reversed(od)))

# defaultdict
dl = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dl[k].append(v)
print(dl, dl["x"], dl.default_factory)
di = defaultdict(int)
for ch in "banana":
    di[ch] += 1
print(di, di["zzz"], len(di), "q" in di, di.get("w"), di)
ds = defaultdict(set)
ds["a"].add(1)
ds["a"].add(1)
ds["b"]
print(ds, sorted(ds))
dlam = defaultdict(lambda: "N/A")
dlam["k"] = "v"
print(dlam["k"], dlam["other"], dict(dlam))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(nested["a"]["b"], dict(nested["a"]), nested["q"]["r"])
dn = defaultdict(None, {"a": 1})
print(dn, dn.default_factory)
try:
    dn["missing"]
except KeyError as ex:
    print("KeyError:", ex)
dd2 = defaultdict(int, {"a": 5}, b=6)
print(dd2, dd2.copy(), isinstance(dd2, dict), defaultdict(list) == {}, dd2 == {"a": 5, "b": 6})
try:
    defaultdict(5)
except TypeError as ex:
    print("TypeError:", ex)
print(dict(defaultdict(tuple)), defaultdict(str)["x"] + "!", defaultdict(float)["y"])

# namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p[1], p._fields, Point._fields, p._asdict(), p._replace(y=9), Point._make([5, 6]))
x, y = p
print(x, y, len(p), p + (3,), p * 2, p == (1, 2), p < Point(1, 3), hash(p) == hash((1, 2)), list(p))
Person = namedtuple("Person", ["name", "age", "city"], defaults=["Oslo"])
print(Person("ann", 30), Person("bob", 25, "Rome"), Person._field_defaults, Person(age=3, name="c"))
Emp = namedtuple("Emp", "name, dept salary")
print(Emp("a", "b", 1), Emp._fields, Emp.__name__)
R = namedtuple("R", ["ok", "def", "ok", "_x", "1a"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: p._replace(z=1),
            lambda: namedtuple("B", ["a", "a"]), lambda: namedtuple("B", ["def"]), lambda: namedtuple("B", ["_a"]),
            lambda: Point._make([1]), lambda: setattr(p, "x", 5)]:
    try:
        print(bad())
    except (TypeError, ValueError, AttributeError) as ex:
        print(type(ex).__name__ + ":", ex)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(3, 0), Point(2, 9)), p.count(1), p.index(2))
print({Point(1, 2): "a"}[(1, 2)], isinstance(p, tuple), type(p).__name__, repr(Point(x="s", y=[1])))


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __str__(self):
        return f"<{self.x},{self.y}>"


v = Vec(3, 4)
print(v, repr(v), v.norm2, v._replace(x=0).norm2, Vec._make((1, 1)))
