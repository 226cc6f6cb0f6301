# The text-like bytes methods on bytes above \x7f and \x1c-\x1f, which bytes does not
# classify as whitespace, letters or line breaks (str would).
data = [b"  caf\xc3\xa9 \r\n", b"\x1c a\x1fb \xa0x\x85y ", b"l1\x0bl2\x0cl3\x1cl4\nl5\r\nl6\x85", b"\xc3\xa9t\xc3\xa9 ABC def", b"\xff\xfe"]
for d in data:
    print(d.strip(), d.lstrip(), d.rstrip(), d.split(), d.rsplit(None, 1), d.split(maxsplit=1))
    print(d.splitlines(), d.splitlines(True), d.upper(), d.lower(), d.title(), d.swapcase(), d.capitalize())
    print(d.isalpha(), d.isspace(), d.isalnum(), d.isdigit(), d.islower(), d.isupper(), d.istitle(), d.isascii())
    print(d.find(b"\xa9"), d.find(0xc3), d.count(0x20), d.replace(b"\xc3", b"\xff"), d.partition(b"\xa9"), d.ljust(20, b"\xee"), d.center(21, b"*"), d.expandtabs(4), d.zfill(12))
    print(d.startswith((b"\xc3", b"  ")), d.endswith(b"\n"), d.strip(b" \r\n\xa9"), d.removesuffix(b"\xa9"))
print(b"\t\xc3\xa9\tx".expandtabs(), b"-\xc3".zfill(5), b"a\xc3b".split(b"\xc3"))
print(bytes.fromhex("ab\x0bcd 0e"), b"a\x0bb\x0cc".split(), b"\x0b x \x0b".strip())
