s = "Hello, World"
print(s.lower(), s.split(", "), s.replace("l", "L"), s.find("W"), s.count("l"))
print(" x ".strip(), "a-b-c".split("-"), "-".join(["1", "2"]), s.startswith("He"))
print(s[::-1], s.isalpha(), "123".isdigit(), ord("a"), chr(98), str(3.0), int("42") + 1)
print(list(map(int, "1 2 3".split())), list(filter(None, [0, 1, 2])))
words = ["banana", "Apple", "cherry"]
words.sort(key=str.lower)
print(words)
nums = [3, 1, 2]
nums.append(4)
nums.extend([0])
nums.insert(0, 9)
print(nums, nums.index(2), nums.count(1), sorted(nums), nums.pop(0))
d = {}
d.setdefault("k", []).append(1)
print(d, d.get("x", "default"), "k" in d)
print(round(2.675, 2), round(3.5), abs(-4), divmod(17, 5), pow(2, 10, 1000))
print(repr("quote'"), str([1, "a"]), bool([]), float("1.5"))
print(hex(255), bin(5), oct(8))
