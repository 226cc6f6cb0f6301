for x in [-2, 0, 3]:
    print(x, "pos" if x > 0 else "zero" if x == 0 else "neg")
print(0 or "default", "" or [] or None, 3 or 4, [] and "x", [1] and "x", None and 1)
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0.0 or "", "a" or 1 / 0)
name = None
print(name or "anonymous", (name or "").upper() == "")


def loud(v):
    print("eval", repr(v))
    return v


print(loud(0) and loud(1))
print(loud(1) and loud(2))
print(loud("") or loud("x") or loud("y"))
print(not [], not [0], not None, not 0.0)
x = 5
print(x if False else x is not None, type(x is None).__name__)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, 1 in a, 3 not in a)
print("ab" in "cabd", "k" in {"k": 1}, 2 in {1: 2}, (1, 2) in [(1, 2)])
