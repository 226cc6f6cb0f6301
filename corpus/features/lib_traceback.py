# traceback and sys.exc_info / sys.exception: the exception being handled is known in the
# except block and in what it calls, and no longer after it; print_exc writes to stderr only.
import sys
import traceback


class AppError(Exception):
    pass


def report():
    kind, value, tb = sys.exc_info()
    print("handling", kind.__name__, value, tb is not None, sys.exception() is value)


def risky(n):
    if n > 1:
        raise AppError(f"too big: {n}")
    return n * 2


for i in range(4):
    try:
        print(risky(i))
    except AppError as e:
        report()
        print(sys.exc_info()[1] is e, traceback.format_exception_only(type(e), e))
print(sys.exc_info(), sys.exception())

try:
    {}["missing"]
except KeyError:
    print(traceback.format_exception_only(sys.exception()))
    try:
        int("x")
    except ValueError:
        print("inner", sys.exc_info()[0].__name__)
    print("outer again", sys.exc_info()[0].__name__)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise AppError("wrapped") from e
except AppError:
    traceback.print_exc()
    print("printed to stderr")

e = ValueError("")
e.add_note("first note")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(AppError, AppError("x", 1)))


def first_even(xs):
    for x in xs:
        try:
            if x % 2:
                raise ValueError(x)
            return x
        except ValueError:
            continue
    return None


print(first_even([1, 3, 4]), sys.exc_info())
