# Dicts typed from get/setdefault, dict views and generators consumed at once, sorted with a key.
def index(words):
    counts = {}
    positions = {}
    for i, w in enumerate(words):
        counts[w] = counts.get(w, 0) + 1
        positions.setdefault(w[:1], []).append(i)
    return counts, positions


counts, positions = index(["b", "a", "bb", "c", "a", "b"])
print(counts, positions)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(counts.keys(), key=lambda k: counts[k], reverse=True))
print(sorted((k, len(v)) for k, v in positions.items())[:2])
print(max(counts.values()), min(counts.keys()), sum(counts.values()), list(positions.keys()))
print(sum(x * x for x in range(5)), " ".join(w.upper() for w in sorted(counts.keys())))
print(sorted(["bb", "a", "ccc"], key=lambda s: len(s)))
bigrams = {}
words = ["x", "y", "x", "y"]
for a, b in zip(words, words[1:]):
    key = a + " " + b
    bigrams[key] = bigrams.get(key, 0) + 1
print(len(bigrams), max(bigrams.values()), bigrams)
try:
    print(max(x for x in range(0)))
except ValueError as e:
    print("ValueError:", e)
