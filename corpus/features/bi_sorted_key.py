words = ["banana", "Apple", "cherry", "apple", "date", "Banana", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
records = [("ann", 3), ("bob", 1), ("cy", 3), ("dee", 2), ("eve", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
by_name.sort(key=lambda r: r[1])
print(by_name)
nums = [5, -3, 2, -8, 0, 7]
nums.sort()
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2.5, 1, True)))
print(sorted([[3, 1], [2, 9], [3, 0]]), sorted([], reverse=True))
letters = list("python")
print(sorted(letters, reverse=True), letters)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
