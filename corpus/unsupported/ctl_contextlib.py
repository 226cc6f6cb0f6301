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
