# Classes deriving from dict: an attribute-style config, a case-insensitive header map,
# a scoped environment with __missing__, and what CPython's dict does (or does not) call.
import copy
import json


class AttrDict(dict):
    """A config whose keys read as attributes; nested dicts become AttrDicts too."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, value in self.items():
            if isinstance(value, dict) and not isinstance(value, AttrDict):
                self[key] = AttrDict(value)

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"config has no setting {name!r}") from None

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        del self[name]


config = AttrDict({"db": {"host": "localhost", "port": 5432}, "debug": False})
config.name = "inventory"
config.db.port += 1
print(config.db.host, config.db.port, config.debug, config.name)
print(sorted(config), len(config), isinstance(config, dict), type(config).__name__)
del config.debug
print(config)
print(hasattr(config, "debug"), getattr(config, "missing", "default"), vars(config))
try:
    config.timeout
except AttributeError as e:
    print("AttributeError:", e)
print(json.dumps(config, sort_keys=True))
print(json.dumps({"cfg": config}, indent=2))


class CaseInsensitiveDict(dict):
    """HTTP-style headers: keys are stored lower-cased."""

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def get(self, key, default=None):
        return super().get(key.lower(), default)


headers = CaseInsensitiveDict()
headers["Content-Type"] = "text/html"
headers["ACCEPT"] = "*/*"
print(headers["content-type"], "Accept" in headers, headers.get("ACCEPT"), headers.get("X-Missing", "-"))
print(headers, len(headers), list(headers), sorted(headers.items()))
# dict's constructor and update() store keys as given: they never call __setitem__.
raw = CaseInsensitiveDict({"Mixed-Case": 1})
raw.update({"Other-Key": 2})
print(raw, "mixed-case" in raw, "Mixed-Case" in raw)
raw["Third"] = 3
print(raw, raw.copy(), type(raw.copy()).__name__)
print(dict(headers), {**headers}, headers == {"content-type": "text/html", "accept": "*/*"})
clone = copy.copy(headers)
deep = copy.deepcopy(headers)
print(type(clone).__name__, clone == headers, clone is headers, type(deep).__name__, deep)
del headers["accept"]
print(headers.pop("content-type"), headers, bool(headers))
try:
    headers["Nope"]
except KeyError as e:
    print("KeyError:", e)


class Env(dict):
    """A scope of variables with a parent scope, as an interpreter keeps them."""

    def __init__(self, parent=None, **bindings):
        super().__init__(**bindings)
        self.parent = parent

    def find(self, name):
        if name in self:
            return self
        if self.parent is None:
            raise NameError(f"name {name!r} is not defined")
        return self.parent.find(name)

    def __missing__(self, key):
        return f"<unbound {key}>"


globals_ = Env(pi=3.14159, e=2.71828)
local = Env(globals_, x=1)
local["y"] = local["x"] + 1
print(local.find("pi")["pi"], local.find("y")["y"], local["zz"], local.get("zz"), "zz" in local)
print(local, globals_, local.parent is globals_, vars(local) == {"parent": globals_})
try:
    local.find("q")
except NameError as e:
    print("NameError:", e)


class Registry(dict):
    def __repr__(self):
        return f"Registry({super().__repr__()})"

    def __eq__(self, other):
        return isinstance(other, Registry) and dict.__eq__(self, other)


reg = Registry.fromkeys(["a", "b"], 0)
print(reg, type(reg).__name__, [reg], str(reg), f"{reg!r}")
print(reg == Registry(a=0, b=0), reg == {"a": 0, "b": 0})
try:
    hash(reg)
except TypeError as e:
    print("TypeError:", e)


# Other consumers see the dict: pprint lays it out (keys sorted), Counter counts its values,
# %-formatting looks keys up in it.
import pprint
from collections import Counter


class Inventory(dict):
    pass


stock = Inventory(widgets=120, gadgets=45, sprockets=3000, doohickeys=7, thingamajigs=15, whatsits=0)
pprint.pprint(stock)
pprint.pprint(Inventory(b=1, a=2))
print(Counter(Inventory(apples=3, pears=1)).most_common(), "%(widgets)d widgets, %(gadgets)d gadgets" % stock)


# The short idiom: the dict's own methods stored as the attribute hooks.
class Namespace(dict):
    __getattr__ = dict.get
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__


ns = Namespace(host="db1")
ns.port = 5432
del ns.host
print(ns, ns.port, ns.host, f"{ns}", "{!s:>5}".format(Namespace()))
