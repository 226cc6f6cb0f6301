d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("missing", "none"), d)
d.update({"f": 6, "a": -1})
d.update(g=7)
print(d)
print(d.popitem(), d)
merged = d | {"z": 26}
print(merged, {k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(dict.fromkeys("abc", 0), {1: "a"} == {1: "a"}, copy := d.copy(), copy is d)
del d["c"]
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
for k, v in counts.items():
    print(k, v, end="; ")
print()
