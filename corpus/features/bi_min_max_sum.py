nums = [4, -9, 7, 0, 7, -2]
print(min(nums), max(nums), min(3, 1, 2), max("apple", "pear", "fig"))
print(min(nums, key=abs), max(nums, key=abs), max(["aa", "b", "cc"], key=len))
print(min([], default="empty"), max([], default=None), max([5], default=0))
print(max("hello"), min((3, "z"), (3, "a")), max([[1, 2], [1, 3]]))
print(sum(nums), sum([0.1] * 10), sum([], 100), sum([[1], [2]], []), sum(range(10), start=5))
print(sum([1.5, 2, True]), sum(x * x for x in range(5)))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a"]), all([1, 0]))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
pairs = {"a": 3, "b": 9, "c": 1}
print(max(pairs, key=pairs.get), min(pairs.items(), key=lambda kv: kv[1]))
