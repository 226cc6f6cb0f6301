import sys


def width(s):
    return sum(2 if ord(ch) >= 0x1100 else 1 for ch in s)


def main():
    text = sys.stdin.read()
    if not text:
        print("no input")
        return
    lines = text.split("\n")
    print("lines:", len(lines), "trailing newline:", text.endswith("\n"))
    words = text.split()
    print("words:", len(words), "chars:", len(text), "bytes:", len(text.encode("utf-8")))
    folded = {}
    for w in words:
        key = w.casefold().strip(".,!?")
        folded[key] = folded.get(key, 0) + 1
    for k, v in sorted(folded.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
        print(f"{k!r:>14} {v}")
    for w in words[:8]:
        norm = w.encode("utf-8")
        ascii_ = w.encode("ascii", "replace").decode()
        print(w, len(w), len(norm), ascii_, w[:2], w[-1:], width(w))
    longest = max(lines, key=len)
    print(longest.center(30, "*"))
    print(" | ".join(l.rstrip()[:10].ljust(10) for l in lines if l.strip()))
    print(text.count("é"), text.find("😀"), text.upper().count("SS"))


main()
