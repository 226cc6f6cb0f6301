from collections import ChainMap

defaults = {"color": "red", "user": "guest", "size": 10}
env = {"user": "admin"}
cli = {}
cfg = ChainMap(cli, env, defaults)
print(cfg["user"], cfg["color"], cfg.get("missing", "-"), len(cfg), list(cfg), "size" in cfg)
print(cfg)
print(dict(cfg), sorted(cfg.items()), list(cfg.keys()), list(cfg.values()))
print(cfg.keys(), len(cfg.items()))
cfg["color"] = "blue"
print(cli, defaults["color"], cfg["color"])
child = cfg.new_child({"size": 12})
print(child["size"], cfg["size"], child.parents == cfg, child.maps[0], len(child.maps))
del child["size"]
print(child["size"])
try:
    del child["user"]
except KeyError as e:
    print("KeyError:", e)
print(child.pop("nothing", 0), bool(ChainMap()), bool(ChainMap({}, {"a": 1})), ChainMap() == {})
scopes = ChainMap({"x": 1})
inner = scopes.new_child()
inner["x"] = 2
inner["y"] = 3
print(inner, inner.parents, inner["x"], scopes["x"], sorted(inner))
try:
    cfg["nope"]
except KeyError as e:
    print("KeyError", e)
