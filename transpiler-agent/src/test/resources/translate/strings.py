s = "Hello, World"
print(s.upper(), s.lower(), len(s), s[0], s[-1])
words = "  the quick  brown fox ".split()
print(words, len(words))
print("-".join(words), "a,b,,c".split(","))
print("  pad  ".strip() + "|", s.replace("l", "L"), s.startswith("Hell"), s.endswith("x"))
print("ab" * 3, 3 * "xy", "o" in s, "z" not in s)
print(repr("it's"), repr('say "hi"'), [s, "x"])
t = ""
for c in "héllo":
    t = c + t
print(t, len("héllo"), "héllo"[1])
print(f"{s}!", f"{len(s)} chars", f"{s!r}")
