print(list(reversed([1, 2, 3])), "".join(reversed("stressed")), list(reversed((1, "a"))))
print(list(reversed(range(0, 10, 3))), list(reversed({"a": 1, "b": 2})))
r = reversed([7, 8, 9])
print(next(r), list(r))
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, b is not c)
b.append(3)
print(a, c)
x = None
print(x is None, x is not None, type(x) is type(None))
print(True is True, (1 == 1) is True)
s1 = "py"
s2 = s1
print(s1 is s2, s1 == "p" + "y")


class Token:
    pass


t1, t2 = Token(), Token()
print(t1 is t1, t1 is t2, t1 == t2, [t1].count(t1), t2 in [t1])
sentinel = object()
print(sentinel is sentinel, sentinel is object())
