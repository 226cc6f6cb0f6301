from typing import Optional


def mean(values: list[float]) -> float:
    return sum(values) / len(values)


def find(items: list[str], target: str) -> Optional[int]:
    for i, item in enumerate(items):
        if item == target:
            return i
    return None


def describe(x):
    if isinstance(x, int):
        return "int:" + str(x)
    if isinstance(x, str):
        return "str:" + x
    return "other:" + repr(x)


mixed = [1, "two", 3.0, None, [4]]
print([describe(m) for m in mixed])
print(mean([1.0, 2.0, 4.5]), find(["a", "b"], "b"), find(["a"], "z"))
value = 10
value = "now a string"
print(value, type(value).__name__)
table = {"a": 1, "b": [2, 3], "c": {"d": None}}
for k, v in table.items():
    print(k, v, type(v).__name__)
