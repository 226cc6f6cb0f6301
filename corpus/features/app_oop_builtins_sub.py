class Path(str):
    sep = "/"

    def __new__(cls, *parts):
        joined = cls.sep.join(p.strip(cls.sep) for p in parts if p)
        return super().__new__(cls, joined)

    def __truediv__(self, other):
        return Path(self, other)

    @property
    def name(self):
        return self.rsplit(self.sep, 1)[-1]

    @property
    def parent(self):
        head, _, _ = self.rpartition(self.sep)
        return Path(head)

    @property
    def suffix(self):
        name = self.name
        return name[name.rfind("."):] if "." in name else ""


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, value)

    def to_f(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"{float(self):.1f}°C"


class Ordinal(int):
    def __str__(self):
        n = int(self)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"


class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]

    def __repr__(self):
        return f"Stack({list.__repr__(self)})"


class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for x in items:
            self.append(x)

    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        super().append(item)

    def __setitem__(self, i, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}")
        super().__setitem__(i, item)


class CaseInsensitiveDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def get(self, key, default=None):
        return super().get(key.lower(), default)


class Histogram(dict):
    def __missing__(self, key):
        return 0

    def add(self, word):
        self[word] += 1

    def top(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


p = Path("usr", "/local/", "lib") / "python3.12" / "site.py"
print(p, p.name, p.parent, p.suffix, isinstance(p, str), len(p), p.upper())
print(p.parent.parent.name, Path("a") == "a", repr(Path("x", "y")), type(p + "!").__name__)

temps = [Celsius(21.5), Celsius(-40), Celsius(100)]
print(temps, [t.to_f() for t in temps], sum(temps), max(temps))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)

print([str(Ordinal(i)) for i in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)])
o = Ordinal(5) + 3
print(o, type(o).__name__, f"{Ordinal(42)}", Ordinal(7) * 2)

s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), len(s), s.pop(), s, isinstance(s, list), s + [9], type(s + [9]).__name__)
try:
    Stack().peek()
except IndexError as e:
    print("IndexError:", e)

nums = TypedList(int, [1, 2, 3])
nums.append(4)
try:
    nums.append("5")
except TypeError as e:
    print("TypeError:", e)
try:
    nums[0] = 1.5
except TypeError as e:
    print("TypeError:", e)
nums[0] = 10
print(nums, sum(nums), nums.kind.__name__, sorted(nums, reverse=True))

headers = CaseInsensitiveDict({"Content-Type": "text/html"}, Server="pyrt")
headers["X-Count"] = 3
print("content-type" in headers, headers["CONTENT-TYPE"], headers.get("server"), headers.get("nope", "-"))
print(sorted(headers), len(headers))

h = Histogram()
for w in "the cat and the dog and the bird".split():
    h.add(w)
print(h.top(3), h["zebra"], "zebra" in h, len(h))
