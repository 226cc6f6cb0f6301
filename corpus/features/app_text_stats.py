TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

lines = TEXT.splitlines()
words = [w.strip(",.").lower() for w in TEXT.split()]
print(len(lines), len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, count in top:
    print(f"{word:>8} {'#' * count} {count}")
longest = max(words, key=len)
print("longest:", longest, len(longest))
print("avg length: %.3f" % (sum(map(len, words)) / len(words)))
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, by_len[n])
caps = " ".join(w.capitalize() for w in lines[0].split())
print(caps)
print([i for i, line in enumerate(lines) if "age" in line])
