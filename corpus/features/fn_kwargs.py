def show(**options):
    print("options:", options)
    for key, value in options.items():
        print(" ", key, "=", repr(value))
    return len(options)


print(show())
print(show(color="red", size=3))
settings = {"debug": True, "level": 2}
print(show(**settings, name="x"))


def build(kind, *args, **kwargs):
    return kind + str(args) + str(sorted(kwargs.items()))


print(build("a"))
print(build("b", 1, 2, z=3, y=4))


def forward(*args, **kwargs):
    return build(*args, **kwargs)


print(forward("c", 9, k="v"))


def merge(**kw):
    kw["extra"] = 1
    return kw


d = {"a": 1}
print(merge(**d), d)
print(type(merge()).__name__)
