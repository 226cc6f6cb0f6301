# contextlib.ExitStack (LIFO unwinding, callbacks, swallowing and replacing exceptions, pop_all)
# and redirect_stdout / redirect_stderr.
import io
import sys
from contextlib import ExitStack, contextmanager, redirect_stderr, redirect_stdout


@contextmanager
def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    finally:
        log.append(f"close {name}")


class Swallow:
    def __enter__(self):
        return self

    def __exit__(self, typ, exc, tb):
        print("Swallow saw", typ.__name__ if typ else None, exc)
        return typ is KeyError


log = []
with ExitStack() as stack:
    handles = [stack.enter_context(resource(n, log)) for n in ("a", "b", "c")]
    stack.callback(log.append, "callback")
    stack.callback(print, "kw", "args", sep="-")
    print(handles)
print(log)

with ExitStack() as stack:
    stack.enter_context(Swallow())
    raise KeyError("gone")
print("after swallowed KeyError")

try:
    with ExitStack() as stack:
        stack.enter_context(Swallow())
        stack.push(lambda *details: print("push saw", details[0].__name__))
        raise ValueError("kept")
except ValueError as e:
    print("propagated", e)


def failing_cleanup():
    raise RuntimeError("cleanup failed")


try:
    with ExitStack() as stack:
        stack.callback(failing_cleanup)
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

log = []
with ExitStack() as outer:
    outer.enter_context(resource("x", log))
    kept = outer.pop_all()
print(log)
kept.close()
print(log)

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured", 1, 2)
    print("more", end="!")
print(target is buf, repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()), sys.stdout is sys.__stdout__)
