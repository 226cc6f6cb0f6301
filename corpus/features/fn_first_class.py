def shout(s):
    return s.upper() + "!"


def whisper(s):
    return s.lower() + "..."


def apply_all(funcs, value):
    return [f(value) for f in funcs]


print(apply_all([shout, whisper, len, str.title], "Hello There"))

registry = {}


def register(name, fn):
    registry[name] = fn


register("shout", shout)
register("whisper", whisper)
register("rev", lambda s: s[::-1])
for name in sorted(registry):
    print(name, "->", registry[name]("Python"))

f = shout
print(f is shout, f == whisper, f.__name__, whisper.__name__)


def twice(fn):
    return lambda x: fn(fn(x))


print(twice(shout)("hey"))
print(twice(lambda n: n * 3)(2))
print(max(["aa", "b", "cccc"], key=len), min([3, -7, 5], key=abs))
print(callable(shout), callable(3))
