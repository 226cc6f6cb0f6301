# Objects with __index__ used where Python wants an integer: repetition, indexing, slicing, builtins
class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __repr__(self):
        return f"Count({self.n})"


class NotCount:
    pass


two, three = Count(2), Count(3)
print([0] * two, two * [1, 2], "ab" * three, three * "-", (1,) * two, b"x" * two)
print([0] * Count(0), "abc" * Count(-1))
row = ["."] * three
row *= two
print(row, len(row))
t = ("a", "b")
t *= three
print(t)
s = "=+"
s *= two
print(s)
letters = list("abcdefgh")
print(letters[two], letters[-Count(1).__index__()], letters[two:Count(5)], letters[::three], "hello"[Count(1)])
print(range(10)[three], list(range(Count(4))), list(range(two, Count(9), three)))
print(bin(three), oct(Count(8)), hex(Count(255)), round(2.567, two), chr(Count(65)))
try:
    [1] * NotCount()
except TypeError as e:
    print("TypeError:", e)
try:
    NotCount() * "ab"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * 2.0
except TypeError as e:
    print("TypeError:", e)
