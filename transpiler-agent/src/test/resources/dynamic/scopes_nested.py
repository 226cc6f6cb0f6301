def outer():
    a = 1
    def middle():
        b = 2
        def inner():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        r = inner()
        return r, b
    res = middle()
    return res, a

print(outer())

def setter():
    global created
    created = "made in function"

setter()
print(created)

def late_binding():
    def show():
        return value
    try:
        show()
    except NameError as e:
        print("NameError:", e)
    value = 7
    return show()

print(late_binding())

def deleter():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)

print(deleter())

class Config:
    base = 10
    double = base * 2
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    try:
        risky = 1 / 0
    except ZeroDivisionError:
        risky = None

print(Config.double, Config.upper, Config.risky)

def gen_side_effects():
    seen = []
    def note(x):
        seen.append(x)
        return x
    g = (note(i) * 2 for i in range(5))
    print("created", seen)
    first = next(g)
    print("first", first, seen)
    rest = list(g)
    print("rest", rest, seen)

gen_side_effects()

def fallthrough(flag):
    if flag:
        result = "set"
    return result

print(fallthrough(True))
try:
    fallthrough(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
