# sys.exception() and a bare raise inside the finally of a generator that yields: the
# exception passing through, the handler around it, or none; the consumer sees none.
import sys


def name(e):
    return type(e).__name__ if e is not None else None


def passing():
    try:
        yield "body"
        raise KeyError("k")
    finally:
        print("  finally sees", name(sys.exception()))
        yield "in finally"
        print("  after yield sees", name(sys.exception()))


def normal_in_handler():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            yield "try"
        finally:
            print("  finally in handler sees", name(sys.exception()))
            yield "fin"
            print("  still sees", name(sys.exception()))


def returning():
    for i in range(3):
        try:
            if i == 1:
                return
            yield i
        finally:
            print("  finally", i, "sees", name(sys.exception()))
            yield -i


def closing():
    try:
        yield 1
    finally:
        print("  close sees", name(sys.exception()))


def reraising():
    try:
        yield 1
        raise OSError("disk")
    finally:
        yield 2
        try:
            raise
        except OSError as e:
            print("  bare raise in finally re-raised", repr(e))
        print("  then sees", name(sys.exception()))


for make in (passing, normal_in_handler, returning, reraising):
    print(make.__name__)
    try:
        for v in make():
            print(" got", v, "consumer sees", name(sys.exception()))
    except Exception as e:
        print(" raised", repr(e))

g = closing()
next(g)
g.close()
print("closed")
try:
    raise IndexError("caller")
except IndexError:
    g = passing()
    print(next(g))
    try:
        print(next(g))
        next(g)
    except KeyError as k:
        print("KeyError", k, "then", name(sys.exception()))
