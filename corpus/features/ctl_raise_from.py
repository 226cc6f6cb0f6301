class ConfigError(Exception):
    pass


def load(key):
    settings = {"port": "80"}
    try:
        return int(settings[key])
    except KeyError as e:
        raise ConfigError("missing " + key) from e


print(load("port"))
try:
    load("host")
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

try:
    raise ValueError("plain")
except ValueError as e:
    print(e, e.__cause__)

try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(e, type(e.__context__).__name__)

try:
    raise TypeError
except TypeError as e:
    print(repr(e), str(e) == "")

try:
    raise ConfigError("suppressed") from None
except ConfigError as e:
    print(e, e.__cause__, e.__suppress_context__)
