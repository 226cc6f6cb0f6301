import string
import textwrap
from collections import Counter

DOC = """\
The Straße near the Café was quiet.\tNobody—not even Zoë—spoke.
"Well," said the old man, "it's a fine day; isn't it?"
STRASSE and strasse are the same word, casefolded.

Numbers like 3.14, 42 and 1,000 shouldn't count as words!
The end... or is it? The END.
"""

STOP = frozenset("the a an and or is it as are was not".split())
PUNCT = str.maketrans({c: " " for c in string.punctuation + "—"})
KEEP_APOS = str.maketrans("", "", "\"!?;:,.")


def tokens(text):
    for raw in text.translate(PUNCT).split():
        word = raw.casefold()
        if word.isalpha() and word not in STOP:
            yield word


def ascii_only(s):
    return "".join(ch for ch in s if ch.isascii())


lines = DOC.splitlines()
print(f"lines={len(lines)} blank={sum(1 for l in lines if not l.strip())}")
print(f"chars={len(DOC)} letters={sum(c.isalpha() for c in DOC)} "
      f"digits={sum(c.isdigit() for c in DOC)} upper={sum(map(str.isupper, DOC))}")
print(repr(lines[0].expandtabs(4)))
print(lines[0].expandtabs().index("Nobody"))

counts = Counter(tokens(DOC))
print("distinct:", len(counts), "total:", sum(counts.values()))
for word, n in counts.most_common(4):
    print(f"{word!r:>12} {n:2d} {'█' * n}")
ties = sorted(counts.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))
print([w for w, _ in ties[:8]])

print(ascii_only("Café Zoë naïve coöperate"))
print("Straße".upper(), "Straße".lower(), "Straße".casefold(), "ǅ".lower(), "ǆ".title())
print("it's a fine day".title(), "it's a fine day".capitalize(), string.capwords("it's a  fine day"))
print(lines[1].translate(KEEP_APOS))

head, sep, tail = lines[1].partition(",")
print([head, sep, tail[:10]])
print(lines[1].rpartition(" "))
print("a=1=2".split("=", 1), "a b  c".split(None, 1), "a,b,,c".rsplit(",", 2))
print("x".join(["1", "2", "3"]).center(11, "*"), "-7".zfill(5), "abc".rjust(6, "."), "abc".ljust(6) + "|")
print("Hello World".swapcase(), "  pad  ".strip(), "xxhixx".strip("x"), "hello".removeprefix("he").removesuffix("lo"))
print("tab\there".expandtabs(12).count(" "), "one\r\ntwo\rthree\n".splitlines(keepends=True))
print("straße".encode("utf-8"), "straße".encode("latin-1"), b"caf\xc3\xa9".decode())
print("naïve".encode("ascii", errors="replace"), "naïve".encode("ascii", "ignore").decode())
print(len("naïve"), len("naïve".encode()), "naïve".encode()[2:4].decode("utf-8"))

para = " ".join(l.strip() for l in lines if l.strip())
for line in textwrap.wrap(para, width=38):
    print(f"| {line:<38} |")
print(textwrap.fill("short words " * 6, width=30, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder=" [...]"))
print(textwrap.indent("a\n\nb\n", "  #"), end="")
print(textwrap.dedent("""
    def f():
        return 1
""").strip())
names = ["Ana", "bob", "Émile", "zed", "Bob", "ana"]
print(sorted(names), sorted(names, key=str.casefold), sorted(names, key=lambda s: (s.lower(), s)))
print(max(names, key=len), min(names), sorted(set(n.lower() for n in names)))
print(f"{'centred':^20}|{'left':<10}|{'right':>10}|{3.14159:+.2f}|{42:#x}|{42:08b}|{1234567:_d}")
print("%-10s|%5.1f|%05d|%x|%r|%%|%c" % ("pct", 2.25, 42, 255, "q", 65))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
