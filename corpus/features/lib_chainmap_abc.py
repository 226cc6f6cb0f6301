# ChainMap's keys()/values()/items() views once collections.abc is loaded (typing loads it):
# the views and the ABCs must stay distinct classes.
import typing
from collections import ChainMap
from collections.abc import Mapping, MappingView, KeysView

defaults = {"workers": 2, "verbose": False, "color": "auto"}
overrides = {"verbose": True}
cm = ChainMap(overrides, defaults)

print(dict(cm), len(cm), sorted(cm))
print(list(cm.keys()), list(cm.values()), list(cm.items()))
for key, value in cm.items():
    print(f"{key}={value}")
print({**cm}, "workers" in cm.keys(), isinstance(cm, Mapping), isinstance(cm.keys(), MappingView))
print(issubclass(KeysView, MappingView), len(cm.items()), cm.keys())
child = cm.new_child({"workers": 8})
print(dict(child), list(child.parents.keys()), child.maps[0])
print(isinstance(cm.keys(), KeysView), type(cm.values()).__name__, cm == dict(cm), cm != {})
