from __future__ import annotations
from fractions import Fraction
from typing import Iterable, List, Union
import itertools

Number = Union[int, float, Fraction]


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components: Number):
        self._c = tuple(components)

    @classmethod
    def zeros(cls, n: int) -> "Vector":
        return cls(*([0] * n))

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __reversed__(self):
        return reversed(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self._c[i])
        return self._c[i]

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError("dimension mismatch")
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(*(a / k for a in self))

    def __abs__(self):
        return sum(a * a for a in self) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def __bool__(self):
        return any(self._c)

    def __repr__(self):
        return f"Vector({', '.join(map(str, self._c))})"


class Matrix:
    def __init__(self, rows: Iterable[Iterable[Number]]):
        self.rows: List[List[Number]] = [list(r) for r in rows]
        widths = {len(r) for r in self.rows}
        if len(widths) > 1:
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    def __getitem__(self, key):
        r, c = key
        return self.rows[r][c]

    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(*(sum(a * b for a, b in zip(row, other)) for row in self.rows))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __mul__(self, k):
        return Matrix([[x * k for x in row] for row in self.rows])

    __rmul__ = __mul__

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __iadd__(self, other):
        for i, row in enumerate(other.rows):
            for j, x in enumerate(row):
                self.rows[i][j] += x
        return self

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def det(self):
        n = self.shape[0]
        m = [[Fraction(x) for x in row] for row in self.rows]
        d = Fraction(1)
        for i in range(n):
            pivot = next((r for r in range(i, n) if m[r][i] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != i:
                m[i], m[pivot] = m[pivot], m[i]
                d = -d
            d *= m[i][i]
            for r in range(i + 1, n):
                f = m[r][i] / m[i][i]
                m[r] = [a - f * b for a, b in zip(m[r], m[i])]
        return d

    def __eq__(self, other):
        return self.rows == other.rows

    def __str__(self):
        cells = [[str(x) for x in row] for row in self.rows]
        w = max(len(c) for row in cells for c in row)
        return "\n".join("[" + " ".join(c.rjust(w) for c in row) + "]" for row in cells)


v = Vector(3, 4)
w = Vector(1, -2)
print(v + w, v - w, -v, 2 * v, v * 2, v * w, abs(v), v / 2)
print(bool(Vector.zeros(3)), bool(v), len(v), list(reversed(v)), v[::-1], v[0])
print(v == Vector(3, 4), v != w, len({v, Vector(3, 4), w}))
try:
    v + Vector(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    v + 5
except TypeError as e:
    print("TypeError:", e)

m = Matrix([[1, 2], [3, 4]])
print(m)
print(m.shape, m[1, 0], m.det())
print(m @ Matrix.identity(2) == m, m @ v)
fib = Matrix([[1, 1], [1, 0]]) ** 10
print(fib[0, 1])
m[0, 0] = Fraction(1, 2)
print(m * 2)
print(3 * m)
acc = Matrix([[0, 0], [0, 0]])
ref = acc
acc += m
acc += m
print(acc is ref, acc.rows)
print(m.transpose())
big = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(big.det(), (big @ big).det())
try:
    Matrix([[1, 2], [3]])
except ValueError as e:
    print(e)
for a, b in itertools.combinations([Vector(1, 0), Vector(0, 1), Vector(1, 1)], 2):
    print(a, b, a * b)
