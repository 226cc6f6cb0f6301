# A small configuration loader that converts raw strings by the dataclass field types,
# as validation/serialisation frameworks do with dataclasses.fields() and typing.
from dataclasses import dataclass, field, fields, MISSING
from typing import Optional, Union, get_origin, get_args
import types


@dataclass
class Database:
    host: str
    port: int = 5432
    timeout: float = 2.5
    replicas: list[str] = field(default_factory=list)


@dataclass
class Settings:
    name: str
    debug: bool = False
    workers: int = 4
    ratio: Optional[float] = None
    tags: list[int] = field(default_factory=list)
    limits: dict[str, int] = field(default_factory=dict)
    level: int | str = 1
    db: Optional[Database] = None


def convert(tp, raw):
    """Turn the raw text of a setting into a value of the annotated type."""
    origin = get_origin(tp)
    if origin is Union or origin is types.UnionType:
        args = get_args(tp)
        if raw in ("", "none", "null") and type(None) in args:
            return None
        last = None
        for arg in args:
            if arg is type(None):
                continue
            try:
                return convert(arg, raw)
            except (ValueError, TypeError) as e:
                last = e
        raise ValueError(f"no member of {tp} accepts {raw!r}: {last}")
    if origin is list:
        (item,) = get_args(tp)
        return [convert(item, part.strip()) for part in raw.split(",") if part.strip()]
    if origin is dict:
        key_t, val_t = get_args(tp)
        out = {}
        for pair in raw.split(","):
            k, _, v = pair.partition("=")
            out[convert(key_t, k.strip())] = convert(val_t, v.strip())
        return out
    if tp is bool:
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
        raise ValueError(f"not a boolean: {raw!r}")
    if isinstance(tp, type) and hasattr(tp, "__dataclass_fields__"):
        return load(tp, dict(p.split(":", 1) for p in raw.split(";")))
    return tp(raw)


def load(cls, raw):
    kwargs = {}
    for f in fields(cls):
        if f.name in raw:
            kwargs[f.name] = convert(f.type, raw[f.name])
        elif f.default is MISSING and f.default_factory is MISSING:
            raise KeyError(f"{cls.__name__}: missing required setting {f.name!r} ({f.type})")
    return cls(**kwargs)


def describe(cls):
    for f in fields(cls):
        kind = "class" if isinstance(f.type, type) else "generic" if get_origin(f.type) else "special"
        print(f"  {f.name:<8} {str(f.type):<32} {kind}")


print("Settings fields:")
describe(Settings)
print("Database fields:")
describe(Database)

s = load(Settings, {
    "name": "api",
    "debug": "yes",
    "workers": "8",
    "ratio": "0.75",
    "tags": "3, 1, 2",
    "limits": "cpu=2, mem=512",
    "level": "verbose",
    "db": "host:db.local;port:6000;replicas:a,b",
})
print(s)
print(load(Settings, {"name": "batch", "ratio": "none", "level": "7"}))

for bad in ({"debug": "x"}, {"name": "n", "workers": "many"}, {"name": "n", "debug": "maybe"}):
    try:
        load(Settings, bad)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)

# Checking values against the declared types.
def validate(obj):
    problems = []
    for f in fields(obj):
        value = getattr(obj, f.name)
        tp = f.type
        if get_origin(tp) in (list, dict):
            tp = get_origin(tp)
        if not isinstance(value, tp):
            problems.append(f"{f.name}={value!r} is not {f.type}")
    return problems

print(validate(s))
bad = Settings("x", workers="4", tags=(1,))
print(validate(bad))
print(Settings.__annotations__["db"], Database.__annotations__)
print(fields(Settings)[2].type is int, fields(Settings)[0].type == str)
