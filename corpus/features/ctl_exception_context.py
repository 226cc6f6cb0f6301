def lookup(d, k):
    return d[k]

def show(label, e):
    c = e.__context__
    print(label, repr(e), "context:", repr(c), "cause:", repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["k"]
except KeyError as e:
    show("builtin in handler:", e)

try:
    try:
        int("x")
    except ValueError:
        lookup({}, 42)
except KeyError as e:
    show("callee in handler:", e)

try:
    try:
        [][1]
    except IndexError as e:
        raise e
except IndexError as e:
    show("raise e:", e)

try:
    try:
        {}["a"]
    except KeyError:
        raise
except KeyError as e:
    show("bare raise:", e)

try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise RuntimeError("outer") from None
except RuntimeError as e:
    show("from None:", e)

for i in range(3):
    try:
        try:
            [1][i]
        except IndexError:
            if i == 2:
                continue
            "s" + i
    except TypeError as e:
        show(f"loop {i}:", e)
    else:
        print("loop", i, "ok")

def handler_return():
    try:
        raise KeyError("r")
    except KeyError:
        return "returned from handler"
print(handler_return())

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        try:
            None.x
        except AttributeError as a:
            show("nested:", a)
            raise TypeError("last")
except TypeError as t:
    show("outer:", t)
    print(repr(t.__context__.__context__))

try:
    try:
        raise ValueError("v")
    finally:
        {}["f"]
except KeyError as e:
    show("in finally:", e)

def handler_raises():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return int("z")

try:
    handler_raises()
except ValueError as e:
    show("return in handler:", e)

def finally_returns():
    try:
        raise KeyError("swallowed")
    finally:
        return "finally wins"

print(finally_returns())
