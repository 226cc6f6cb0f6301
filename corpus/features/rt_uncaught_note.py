# An uncaught exception with notes (PEP 678): CPython prints each note after the exception's
# line, so the last line of stderr is the last note.
class ConfigError(Exception):
    pass


def load(settings):
    for key in ("host", "port"):
        if key not in settings:
            err = ConfigError(f"missing {key!r}")
            err.add_note(f"while loading {sorted(settings)}")
            err.add_note("hint: add it to the [server] section")
            raise err
    return settings


try:
    load({"host": "a"})
except ConfigError as e:
    print(e, e.__notes__)
    try:
        e.add_note(42)
    except TypeError as t:
        print("TypeError:", t)
print(load({"host": "h", "port": 1}))
load({})
