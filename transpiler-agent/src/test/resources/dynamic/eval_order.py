log = []


def t(label, value):
    log.append(label)
    return value


class Box:
    def __init__(self):
        self.v = 1


b = Box()
t("obj", b).v += t("val", 2)
print(b.v, log)
log.clear()
d = {"k": 10}
t("d", d)[t("key", "k")] *= t("factor", 3)
print(d, log)
log.clear()
print(t("a", 1) < t("b", 2) < t("c", 3), log)
log.clear()
print(t("a", 5) < t("b", 2) < t("c", 3), log)
log.clear()
print(t("x", 0) or t("y", "") or t("z", "last"), log)
log.clear()
print(t("x", 1) and t("y", []) and t("z", 3), log)
log.clear()
x = [0, 0]
i = 0
i, x[i] = 1, 2
print(i, x)
print(*[1, 2], *"ab", sep="-", end="!\n")


def kw(a, *, b, c=3, **rest):
    return a, b, c, rest


print(kw(1, b=2), kw(*[0], **{"b": 5, "z": 9}))
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1, 2, b=3)
except TypeError as e:
    print("TypeError:", e)
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|{'x'!a}|{'é'!a}|{42!s:>4}|{[1]!r}")
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%5.1f%%" % 99.5, "%s" % (1,))
