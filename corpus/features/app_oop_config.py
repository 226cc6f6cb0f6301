"""Configuration objects: class decorators, delegation proxies, InitVar, StrEnum, deleters."""
from dataclasses import dataclass, field, InitVar, fields
from enum import StrEnum, Enum
from typing import Any, Dict, Generic, List, TypeVar

T = TypeVar("T")


def auto_repr(cls):
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items() if not k.startswith("_"))
        return f"{cls.__name__}({items})"
    cls.__repr__ = __repr__
    return cls


def with_defaults(**defaults):
    def deco(cls):
        original_init = cls.__init__

        def __init__(self, *args, **kwargs):
            for k, v in defaults.items():
                kwargs.setdefault(k, v)
            original_init(self, *args, **kwargs)
        cls.__init__ = __init__
        for k in defaults:
            setattr(cls, f"default_{k}", defaults[k])
        return cls
    return deco


class Level(StrEnum):
    DEBUG = "debug"
    INFO = "info"
    ERROR = "error"


class Color(Enum):
    RED = (255, 0, 0)
    GREEN = (0, 255, 0)

    def __init__(self, r, g, b):
        self.rgb = (r, g, b)

    @property
    def hex(self):
        return "#" + "".join(f"{c:02x}" for c in self.rgb)


@auto_repr
@with_defaults(level=Level.INFO, retries=3)
class Service:
    def __init__(self, name, *, level, retries):
        self.name = name
        self.level = Level(level)
        self.retries = retries
        self._secret = "hidden"


@dataclass(frozen=True, slots=True)
class Endpoint:
    host: str
    port: int = 80

    def url(self, path="/"):
        return f"http://{self.host}:{self.port}{path}"


@dataclass(unsafe_hash=True)
class Credentials:
    user: str
    password: InitVar[str]
    digest: str = field(init=False, compare=True)
    tries: int = field(default=0, compare=False, hash=False)

    def __post_init__(self, password):
        self.digest = "".join(reversed(password))[:3] + str(len(password))


class Settings:
    def __init__(self, data: Dict[str, Any]):
        self._data = dict(data)
        self._cache = None

    @property
    def timeout(self):
        return self._data.get("timeout", 30)

    @timeout.setter
    def timeout(self, value):
        if not 0 < value <= 300:
            raise ValueError("timeout out of range")
        self._data["timeout"] = value

    @timeout.deleter
    def timeout(self):
        self._data.pop("timeout", None)

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"'Settings' object has no attribute '{name}'") from None

    def __setattr__(self, name, value):
        if not name.startswith("_") and name != "timeout" and name not in self._data:
            raise AttributeError(f"unknown setting {name!r}")
        super().__setattr__(name, value)

    def __dir__(self):
        return sorted(self._data)


class Registry(Generic[T]):
    def __init__(self):
        self._items: List[T] = []

    def add(self, item: T) -> T:
        self._items.append(item)
        return item

    def __class_getitem__(cls, item):
        alias = super().__class_getitem__(item)
        return alias

    def __iter__(self):
        return iter(self._items)


class LoggedList:
    def __init__(self, items):
        self._inner = list(items)
        self.log = []

    def __getattr__(self, name):
        attr = getattr(self._inner, name)
        if callable(attr):
            def wrapped(*args):
                self.log.append(name)
                return attr(*args)
            return wrapped
        return attr

    def __len__(self):
        return len(self._inner)


s = Service("api")
s2 = Service("db", level="error", retries=5)
print(s, s2, Service.default_retries, Service.default_level)
print(s.level, repr(s.level), s.level == "info", s.level.upper(), f"[{s2.level:>7}]", sorted(Level))
print(Color.RED.hex, Color.GREEN.rgb, Color((0, 255, 0)).name, [c.value for c in Color])

e = Endpoint("example.org", 8080)
print(e, e.url("/status"), hash(e) == hash(Endpoint("example.org", 8080)), Endpoint("a") < Endpoint("b") if False else "-")
try:
    e.port = 1
except AttributeError as exc:
    print(type(exc).__name__, exc)
print(hasattr(e, "__dict__"), Endpoint.__slots__)

c1 = Credentials("ann", "secret")
c2 = Credentials("ann", "secret", tries=4)
print(c1, c1 == c2, hash(c1) == hash(c2), [f.name for f in fields(c1)])

cfg = Settings({"debug": True, "name": "demo"})
print(cfg.timeout, cfg.debug, cfg.name)
cfg.timeout = 90
print(cfg.timeout, cfg._data)
del cfg.timeout
print(cfg.timeout, sorted(cfg._data))
for attempt in (lambda: setattr(cfg, "colour", "red"), lambda: cfg.missing, lambda: setattr(cfg, "timeout", 0)):
    try:
        attempt()
    except (AttributeError, ValueError) as exc:
        print(type(exc).__name__, exc)
cfg.name = "prod"
print(cfg.name, getattr(cfg, "nothing", "fallback"), hasattr(cfg, "debug"))

reg: Registry[int] = Registry()
reg.add(3)
reg.add(4)
print(list(reg), Registry[str])

ll = LoggedList([3, 1, 2])
ll.append(5)
ll.sort()
print(ll.index(3), len(ll), ll.log, ll._inner)
