class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __rmatmul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(other, col)) for col in zip(*self.rows)]])

    def __eq__(self, other):
        return self.rows == other.rows

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5, 6], [7, 8]])
i = Matrix([[1, 0], [0, 1]])
print(a @ b)
print(b @ a)
print(a @ i == a, a @ b == b @ a)
print([1, 1] @ a)
m = a
m @= b
print(m, a)
try:
    a @ 3
except AttributeError:
    print("AttributeError")
