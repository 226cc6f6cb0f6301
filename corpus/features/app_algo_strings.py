from collections import Counter, defaultdict
import string


def kmp_table(pattern):
    table = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = table[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        table[i] = k
    return table


def kmp_search(text, pattern):
    table, k, hits = kmp_table(pattern), 0, []
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = table[k - 1]
        if ch == pattern[k]:
            k += 1
            if k == len(pattern):
                hits.append(i - k + 1)
                k = table[k - 1]
    return hits


def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best


def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


def caesar(text, shift):
    table = str.maketrans(
        string.ascii_lowercase + string.ascii_uppercase,
        string.ascii_lowercase[shift:] + string.ascii_lowercase[:shift]
        + string.ascii_uppercase[shift:] + string.ascii_uppercase[:shift],
    )
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out = []
    ki = 0
    for ch in text:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            k = ord(key[ki % len(key)].lower()) - ord('a')
            if decrypt:
                k = -k
            out.append(chr((ord(ch) - base + k) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return ''.join(out)


def anagram_groups(words):
    groups = defaultdict(list)
    for w in words:
        groups["".join(sorted(w.lower()))].append(w)
    return [g for g in groups.values() if len(g) > 1]


def is_palindrome_sentence(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


text = "abracadabra abracadabra cadabra"
print("kmp table:", kmp_table("abacabab"))
print("hits:", kmp_search(text, "abra"), kmp_search(text, "cad"), kmp_search("aaaa", "aa"))
print("longest palindrome:", longest_palindrome("forgeeksskeegfor"), longest_palindrome("abacdfgdcaba"))
enc = rle_encode("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print("rle:", enc, rle_decode(enc) == "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
secret = caesar("The Quick Brown Fox Jumps Over The Lazy Dog!", 13)
print(secret, "|", caesar(secret, 13))
v = vigenere("Attack at dawn, said Zed.", "LEMON")
print(v, "|", vigenere(v, "LEMON", decrypt=True))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "Inlets"]
for g in anagram_groups(words):
    print(" ".join(g))
for s in ["A man, a plan, a canal: Panama", "race a car", "No 'x' in Nixon"]:
    print(f"{s!r:35} -> {is_palindrome_sentence(s)}")
freq = Counter(c for c in "the quick brown fox jumps over the lazy dog" if c != " ")
print(freq.most_common(4), freq["o"], freq["z"], sum(freq.values()))
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
c2 = Counter("mississippi")
print(c2, c2 - Counter("sip"), c2 & Counter("ssx"), +Counter({"a": -1, "b": 2}))
print(" ".join(w.capitalize() for w in "hello world from python".split()), "hello world".title())
print("|".join(["left".ljust(8, "."), "mid".center(9, "*"), "right".rjust(8)]))
print("a,b,,c".split(","), "  x  y ".split(), "k=v=w".partition("="), "a.b.c".rsplit(".", 1))
print("%5.2f|%-6s|%03d|%x|%r" % (3.14159, "ab", 7, 255, "q"), "{:>6}|{:^7}|{:<4}|".format("r", "c", "l"))
print(ord("A"), chr(0x263A), "straße".upper(), "ǅ".lower(), "abc".encode(), "é".encode("utf-8"))
print("".join(reversed("stressed")), "hello"[::-2], "python"[1:-1], "x".join("abc"), "ab" * 3)
print(str.maketrans("abc", "xyz"), "banana".replace("a", "o", 2), "banana".count("an"), "banana".find("z"))
print("CamelCaseString".swapcase(), "12".zfill(5), "-12".zfill(5), "hello world".startswith(("he", "x")))
