text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!"""

def words(s):
    cleaned = "".join(ch.lower() if ch.isalnum() or ch.isspace() else " " for ch in s)
    return cleaned.split()

counts = {}
for w in words(text):
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
lines = text.splitlines()
print(len(lines), [len(l) for l in lines], lines[1].title())
print(text.count("the"), text.lower().count("the"), text.index("fox"))
vowels = set("aeiou")
print(sum(1 for ch in text.lower() if ch in vowels))
print("-".join(reversed(words(lines[0])[:3])), "fox" in text, text[:9].center(15, "*"))
acr = "".join(w[0].upper() for w in "portable python to rust".split())
print(acr, "a,b,,c".split(","), "  pad ".rjust(8, "."), "x".zfill(3))
table = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for name, qty in table:
    print(f"{name:<8}|{qty:>5}")
