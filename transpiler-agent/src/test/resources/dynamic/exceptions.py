def risky(n):
    if n == 0:
        raise ValueError("zero!")
    if n == 1:
        raise KeyError("one")
    return 10 / n

for n in [0, 1, 2]:
    try:
        print(risky(n))
    except ValueError as e:
        print("value error:", e)
    except (KeyError, IndexError) as e:
        print("lookup error:", repr(e))
    else:
        print("no error")
    finally:
        print("finally", n)

def f():
    try:
        return "from try"
    finally:
        print("cleanup")

print(f())

def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "done"

print(g())

try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("caught zde")
        raise
except ArithmeticError as e:
    print("reraised", type(e).__name__)

class MyError(Exception):
    pass

try:
    raise MyError("custom")
except Exception as e:
    print(type(e).__name__, e)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)

try:
    [1][5]
except IndexError as e:
    print(e)

try:
    int("abc")
except ValueError as e:
    print(e)

def nested_finally():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        return "handled " + str(e)

print(nested_finally())
raise SystemExit(3)
