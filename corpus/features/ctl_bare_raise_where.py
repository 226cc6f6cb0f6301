# A bare raise outside an except block of its own: in a finally an exception passes
# through, in a function an except block calls, in __exit__, in a generator, or nowhere.
import sys
def f():
    try:
        raise ValueError("x")
    finally:
        print("in finally", sys.exc_info()[0])
        raise
try:
    f()
except Exception as e:
    print(type(e).__name__, e)
def g():
    try:
        return 1
    finally:
        raise
try:
    g()
except Exception as e:
    print(type(e).__name__, e)

def helper():
    print("helper sees", sys.exception())
    raise

class Boom(Exception):
    def __str__(self):
        return "boom:" + str(sys.exc_info()[1] is not None)

orig = None
try:
    try:
        raise Boom()
    except Boom as b:
        orig = b
        helper()
except Boom as again:
    print("same object", again is orig, again)

try:
    helper()
except RuntimeError as e:
    print("RuntimeError", e)

class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        if t is KeyError:
            raise
        return False
try:
    with CM():
        {}["k"]
except KeyError as k:
    print("KeyError", k)

def gen():
    try:
        yield 1
        raise IndexError("gi")
    finally:
        yield 2
        raise
g = gen()
try:
    for v in g:
        print("got", v)
except IndexError as e:
    print("IndexError", e)

def nested():
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            raise OSError("inner")
        except OSError:
            pass
        helper()
try:
    nested()
except TypeError as e:
    print("nested re-raised", type(e).__name__, e)
