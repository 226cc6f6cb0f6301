# ord() and chr() in typed code: Caesar and Vigenère ciphers, code points past ASCII, and
# CPython's errors for a string that is not one character and for out-of-range code points.
def caesar(s: str, k: int) -> str:
    out: list[str] = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(s: str, key: str, sign: int) -> str:
    out = ""
    i = 0
    for ch in s:
        if "a" <= ch <= "z":
            shift = ord(key[i % len(key)]) - ord("a")
            out += chr((ord(ch) - ord("a") + sign * shift) % 26 + ord("a"))
            i += 1
        else:
            out += ch
    return out


def checksum(s: str) -> int:
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


print(caesar("Hello, World!", 3), caesar("abc xyz", -1), caesar("Zebra", 27))
enc = vigenere("attack at dawn", "lemon", 1)
print(enc, vigenere(enc, "lemon", -1))
print(checksum("portalis"), checksum("naïve €"), ord("€"), chr(8364), chr(0x1F600), ord(chr(0x10FFFF)))
print([ord(c) for c in "AZaz09"], "".join([chr(c) for c in range(65, 75)]), chr(True) == "\x01")
for bad in ["", "ab"]:
    try:
        print(ord(bad))
    except TypeError as e:
        print("TypeError:", e)
for n in [-1, 0x110000, 2 ** 31, 2 ** 70]:
    try:
        print(chr(n))
    except ValueError as e:
        print("ValueError:", e)
    except OverflowError as e:
        print("OverflowError:", e)
