from contextlib import contextmanager


@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")


with tag("html") as t:
    print("inside", t)
    with tag("body"):
        print("text")

try:
    with tag("broken"):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed")


with swallow():
    print(1 / 0)
print("done")


from contextlib import suppress, nullcontext, closing

with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed", e)
with nullcontext(42) as n:
    print("null", n)


class Door:
    def close(self):
        print("door closed")


with closing(Door()) as d:
    print("door", type(d).__name__)


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception as e:
        log.append(f"rollback {e}")
        raise


log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log) as l:
        l.append("more")
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(log)


@transaction([])
def decorated(x):
    print("decorated", x)


decorated(1)
decorated(2)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
