# collections.abc: structural isinstance/issubclass, registered built-ins, and the mixin
# methods a class gets by deriving from Sequence, MutableSequence, Mapping, MutableMapping.
from collections.abc import (Callable, Collection, Container, Hashable, Iterable, Iterator,
                             Mapping, MutableMapping, MutableSequence, MutableSet, Reversible,
                             Sequence, Set, Sized)
import collections.abc
from collections import Counter, OrderedDict, defaultdict, deque


def kinds(x):
    names = []
    for abc in (Iterable, Iterator, Reversible, Sized, Container, Collection, Hashable, Callable,
                Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet):
        if isinstance(x, abc):
            names.append(abc.__name__)
    return names


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Bag:
    def __len__(self):
        return 3

    def __contains__(self, x):
        return x == 1


for value in ([1], (1,), "s", b"b", {1: 2}, {1}, frozenset(), range(3), iter([1]), 5, 2.5, None, len,
              Countdown(2), Bag(), deque([1]), Counter("ab"), OrderedDict(), defaultdict(int)):
    print(type(value).__name__, kinds(value))

print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(Countdown, Iterator))
print(issubclass(Bag, Sized), issubclass(Bag, Iterable), collections.abc.Sequence is Sequence)


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * i


s = Squares(6)
print(list(s), 16 in s, 5 in s, list(reversed(s)), s.index(9), s.count(4), len(s))
print(isinstance(s, Sequence), isinstance(s, Iterable), isinstance(s, MutableSequence))
try:
    s.index(7)
except ValueError as e:
    print("ValueError", repr(str(e)))


class Stack(MutableSequence):
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def insert(self, i, v):
        self.items.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
print(st.items, st.pop(), st.pop(0), st.items)
st.remove(3)
st.reverse()
print(st.items, len(st), 2 in st)
st.clear()
print(st.items)


class Registry(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data[k.lower()]

    def __setitem__(self, k, v):
        self.data[k.lower()] = v

    def __delitem__(self, k):
        del self.data[k.lower()]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


r = Registry()
r["Apple"] = 1
r.update({"Banana": 2}, Cherry=3)
print(sorted(r.keys()), sorted(r.values()), sorted(r.items()), len(r.keys()))
print("APPLE" in r, "grape" in r, r.get("BANANA"), r.get("grape", 0), r.setdefault("date", 4))
print(r.pop("apple"), r.pop("nope", None), r == {"banana": 2, "cherry": 3, "date": 4}, r == {"x": 1})
print(dict(r.items()), isinstance(r, Mapping), isinstance(r.keys(), Set))
r.clear()
print(len(r), dict(r))
