#!/usr/bin/env python3
"""wc-like filter: counts lines, words, chars; top words."""
import sys
import re
from collections import Counter

WORD = re.compile(r"[\w']+")


def normalize(word):
    return word.casefold().strip("'")


def main(argv):
    lines = 0
    words = 0
    chars = 0
    longest = ""
    counts = Counter()
    first_letters = {}
    for line in sys.stdin:
        lines += 1
        chars += len(line)
        stripped = line.rstrip("\n")
        if len(stripped) > len(longest):
            longest = stripped
        for w in WORD.findall(stripped):
            words += 1
            n = normalize(w)
            if not n:
                continue
            counts[n] += 1
            first_letters.setdefault(n[0], []).append(n)
    print(f"{lines:>7}{words:>8}{chars:>8}")
    if not lines:
        print("empty input", file=sys.stderr)
        return 1
    print("longest line (%d chars): %r" % (len(longest), longest[:30]))
    for word, c in counts.most_common(5):
        bar = "#" * c
        print(f"{word:<12}{c:3d} {bar}")
    for letter in sorted(first_letters)[:6]:
        uniq = sorted(set(first_letters[letter]))
        print(letter, "->", ", ".join(uniq))
    rev = longest[::-1]
    print(rev.upper(), len(rev), rev.isalpha())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
