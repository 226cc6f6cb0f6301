def safe_div(a: int, b: int) -> int:
    try:
        return a // b
    except ZeroDivisionError:
        return -1


def parse(s: str) -> int:
    try:
        n = int(s)
    except ValueError as e:
        print("bad:", e)
        n = 0
    else:
        print("parsed", n)
    finally:
        print("done", s)
    return n


def check(x: int) -> int:
    if x < 0:
        raise ValueError("negative: " + str(x))
    return x * 2


print(safe_div(7, 2), safe_div(1, 0))
print(parse("42"), parse("x1"))
xs = [1, 2, 3]
d = {'a': 1}
for i in range(5):
    try:
        print(xs[i], d['a'])
        if i == 3:
            print(d['zz'])
    except (IndexError, KeyError) as err:
        print("lookup failed:", err)
try:
    check(-5)
except Exception as e:
    print(f"caught {e}")
    print(str(e))
try:
    try:
        print(1 // 0)
    except ZeroDivisionError:
        print("inner")
        raise
except ArithmeticError as e:
    print("outer", e)
try:
    raise KeyError("k")
except LookupError as e:
    print("key", e)
try:
    raise TypeError
except TypeError as e:
    print("type", str(e) == "")
try:
    print(check(4))
    assert False, "boom"
except AssertionError as e:
    print("assert", e)
total = 0
for v in [1, 0, 2]:
    try:
        total += 10 // v
    except ZeroDivisionError:
        total += 100
    finally:
        total += 1
print(total)
try:
    raise ValueError("again")
except ValueError as e:
    caught = e
print("kept", caught)
check(-1)
print("unreachable")
