# Classes deriving from list: a typed list that validates what goes in, a stack, a matrix
# indexed by (row, column), and a filtered view overriding __iter__.


class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for item in items:
            self.append(item)

    def _check(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        return item

    def append(self, item):
        super().append(self._check(item))

    def insert(self, index, item):
        super().insert(index, self._check(item))

    def __setitem__(self, index, item):
        super().__setitem__(index, self._check(item))

    def __repr__(self):
        return f"TypedList[{self.kind.__name__}]({list.__repr__(self)})"


scores = TypedList(int, [70, 95, 88])
scores.append(61)
scores.insert(0, 100)
scores[1] = 72
print(scores, len(scores), scores[0], scores[-1], scores[1:3], type(scores[1:3]).__name__)
for bad in ("99", 1.5):
    try:
        scores.append(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    scores[0] = None
except TypeError as e:
    print("TypeError:", e)
# extend() and += are list's own: they do not go through the overridden append().
scores.extend([50, 40])
scores += [30]
print(scores, type(scores).__name__, scores.kind.__name__)
scores.sort()
print(scores, sum(scores), min(scores), max(scores), sorted(scores, reverse=True)[:3], 95 in scores)
print(scores + [1], type(scores + [1]).__name__, [0] + scores[:2], scores[:2] * 2, scores.count(30), scores.index(72))
print(scores == sorted(scores), bool(TypedList(str)), list(reversed(scores))[:2], str(scores))
print(scores.pop(), scores.pop(0), scores, len(scores))
del scores[0]
scores.remove(95)
print(scores, scores.copy(), type(scores.copy()).__name__)


class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        if not self:
            raise IndexError("peek from an empty stack")
        return self[-1]

    @property
    def empty(self):
        return len(self) == 0


ops = Stack()
ops.push(1).push(2).push(3)
print(ops, ops.peek(), ops.empty, len(ops), ops.pop(), ops, Stack().empty, isinstance(ops, list))
try:
    Stack().peek()
except IndexError as e:
    print("IndexError:", e)
print(*Stack([7, 8, 9]), sep=", ")


class Matrix(list):
    def __init__(self, rows):
        super().__init__([list(r) for r in rows])

    def __getitem__(self, index):
        if isinstance(index, tuple):
            row, col = index
            return super().__getitem__(row)[col]
        return super().__getitem__(index)

    def __repr__(self):
        return "\n".join(" ".join(f"{v:3}" for v in row) for row in self)

    def transpose(self):
        return Matrix(zip(*self))

    def __matmul__(self, other):
        cols = other.transpose()
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self])


m = Matrix([[1, 2], [3, 4]])
print(m[1, 0], m[0], len(m), m.transpose()[0, 1])
print(m @ m)
print(repr(m.transpose()))
print([row[:] for row in m], m == [[1, 2], [3, 4]])


class Evens(list):
    def __iter__(self):
        return (x for x in super().__iter__() if x % 2 == 0)


evens = Evens(range(7))
print(list(evens), [x * x for x in evens], len(evens), sum(evens), sorted(evens, reverse=True), evens)
