d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 9
print(d)
nums = {5: "five", 1: "one", 3: "three"}
nums[2] = "two"
print(nums, list(nums.values()))
print({3: 1, 1: 2} == {1: 2, 3: 3 - 2}, list({3: 1, 1: 2}))
m = {True: "t", 1: "one", 1.0: "float"}
print(m)
nested = {"outer": {"b": [1, {"c": None}], "a": ()}}
print(nested)
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print({**{"x": 1, "y": 2}, "x": 3})
keys = list(range(20, 0, -2))
print(dict.fromkeys(keys, 0))
print(dict(zip("hello", range(5))))
