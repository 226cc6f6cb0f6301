# ChainMap's keys/items views are Sets (operators, comparisons, isdisjoint) and get()
# takes its default by keyword; a user Set subclass gets the same mixins through cls(it).
from collections import ChainMap
from collections.abc import Set, KeysView

defaults = {"host": "localhost", "port": 8080, "debug": False}
env = {"port": 9090}
cli = {"debug": True, "user": "ops"}
cfg = ChainMap(cli, env, defaults)

print(cfg.get("port"), cfg.get("missing"), cfg.get("missing", "n/a"), cfg.get("timeout", default=30))
keys = cfg.keys()
print(sorted(keys & {"host", "port", "nope"}), type(keys & {"host"}).__name__)
print(sorted(keys | ["extra"]), sorted(keys - {"user", "debug"}), sorted(keys ^ {"host", "zzz"}))
print(sorted({"host", "other"} & keys), sorted({"host", "other"} - keys), sorted(["a"] | keys))
print(sorted(cfg.items() & {("port", 9090), ("port", 8080)}))
print(keys == {"host", "port", "debug", "user"}, keys != {"host"}, keys <= {"host", "port", "debug", "user", "x"})
print(keys < {"host", "port", "debug", "user"}, keys >= {"host"}, keys > {"host", "port", "debug", "user"})
print(keys.isdisjoint(["a", "b"]), keys.isdisjoint(("port",)), "user" in keys, ("debug", True) in cfg.items())
print(isinstance(keys, Set), isinstance(keys, KeysView), len(keys), sorted(cfg.values(), key=str))
try:
    keys & 5
except TypeError as e:
    print("TypeError:", e)
try:
    cfg.get("port", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    cfg.get("port", fallback=1)
except TypeError as e:
    print("TypeError:", e)


class Tags(Set):
    def __init__(self, items=()):
        self._items = sorted(set(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Tags({self._items})"


a, b = Tags("abcd"), Tags("cdef")
print(a & b, a | b, a - b, a ^ b, a - "ab")
print(a == Tags("dcba"), a <= Tags("abcdz"), a < a, a.isdisjoint(Tags("xyz")))
