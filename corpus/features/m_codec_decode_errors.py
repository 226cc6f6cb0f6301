# Decoding bytes that are not clean UTF-8 (log scraping, network input), codec names as users
# spell them, and the exceptions CPython raises for bad input, unknown codecs and handlers.
samples = [b"plain ascii", b"caf\xc3\xa9", b"bad \xff\xfe tail", b"cut \xe2\x82", b"\xe2\x82x mid",
           b"\xed\xa0\x80 surrogate", b"\xf0\x9f\x98", b"\xc0\x80 overlong", b"caf\xe9 latin"]
for raw in samples:
    for handler in ("replace", "ignore", "backslashreplace"):
        print(handler, repr(raw.decode("utf-8", handler)), repr(raw.decode("ascii", errors=handler)))
    try:
        print("strict", raw.decode())
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    print("latin-1", repr(raw.decode("latin-1")))

for name in ["UTF-8", "utf8", "U8", "utf_8", "Latin_1", "ISO-8859-1", "iso8859_1", "l1", "US-ASCII", "646", " utf--8 "]:
    print(name, repr("é".encode(name, "replace")), repr(b"\xc3\xa9".decode(name, "replace")))

for text, codec in [("aéé b", "ascii"), ("é", "ascii"), ("ab€€x€", "latin-1"), ("😀!", "ascii")]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)

print(str(b"caf\xe9", "latin-1"), str(b"x\xffy", "utf-8", "replace"), str(bytearray(b"abc"), "ascii"))
print(str(b"\xff", errors="ignore") == "", bytearray(b"a\xffb").decode("utf-8", "backslashreplace"))
print(b"fine".decode("utf-8", "no-such-handler"))

attempts = [
    lambda: "x".encode("no-such-codec"),
    lambda: b"x".decode("utf.8"),
    lambda: "x".encode("hex"),
    lambda: b"x".decode("Base64"),
    lambda: b"\xff".decode("utf-8", "no-such-handler"),
    lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"),
    lambda: str(b"\xff", "ascii"),
]
for attempt in attempts:
    try:
        print(attempt())
    except (LookupError, TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__ + ":", e)
