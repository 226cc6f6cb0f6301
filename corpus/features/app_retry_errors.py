import sys

class AppError(Exception):
    code = 1
    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{type(self).__name__}:{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")

class ConfigError(AppError):
    code = 2

class NetworkError(AppError):
    code = 3

def load(name):
    try:
        if name == "missing":
            raise FileNotFoundError(2, "No such file", name)
        if name == "bad":
            int("x1")
        return {"name": name}
    except FileNotFoundError as e:
        raise ConfigError(f"cannot load {name}", detail=e.strerror) from e
    except ValueError as e:
        raise ConfigError("bad value") from None
    finally:
        print(f"  load({name!r}) done")

for n in ["ok", "missing", "bad"]:
    try:
        print(load(n))
    except AppError as e:
        print(e, "| cause:", type(e.__cause__).__name__, "| ctx:", type(e.__context__).__name__, e.__suppress_context__)
        print(repr(e), e.args, e.code)

def retry(fn, times):
    errors = []
    for attempt in range(1, times + 1):
        try:
            result = fn(attempt)
        except NetworkError as e:
            errors.append(str(e))
            continue
        else:
            print(f"  succeeded on attempt {attempt}")
            return result
        finally:
            print(f"  attempt {attempt} finished")
    raise AppError(f"gave up after {times}", detail="; ".join(errors))

def flaky(n):
    if n < 3:
        raise NetworkError(f"timeout #{n}")
    return n * 10

print(retry(flaky, 5))
try:
    retry(flaky, 2)
except AppError as e:
    print("final:", e)

def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            {}["k"]
    except KeyError as e:
        print("KeyError context:", repr(e.__context__), repr(e))
    try:
        raise ValueError("with note")
    except ValueError as e:
        e.add_note("extra info")
        print(e.__notes__, str(e))

nested()
print(issubclass(ConfigError, Exception), isinstance(NetworkError("x"), AppError), ConfigError.__mro__[1].__name__)
err = KeyError("quoted")
print(str(err), repr(err), str(KeyError()), str(OSError(13, "denied")), OSError(13, "denied").errno)
print(str(StopIteration(5)), StopIteration(5).value, repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
raise NetworkError("connection reset", detail="peer")
