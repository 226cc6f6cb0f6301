data = b"  key=value; other=thing  "
print(data.strip(), data.rstrip(), data.lstrip(b" k"), data.strip(b" g"), data.split(b";", 1), data.split(None, 1))
print(data.partition(b"="), data.rpartition(b"="), data.rsplit(b"=", 1), b"a,b,,c".split(b","), b"x\ny\r\nz".splitlines())
print(b"abc".ljust(6, b"."), b"abc".rjust(6), b"abc".center(7, b"*"), b"42".zfill(5), b"-7".zfill(4))
print(b"hello".index(b"l"), b"hello".rindex(b"l"), b"hello".rfind(b"z"), b"hello".find(b"l", 3), b"hello".count(b"l", 0, 3), b"hello".find(108))
print(b"Hello World".swapcase(), b"hello world".title(), b"hello".capitalize(), b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace())
print(b"ABC".isupper(), b"abc".islower(), b"Title Case".istitle(), b"\xff".isascii(), b"a\tb".expandtabs(4), b"prefix-body".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"))
print(b"file.tar.gz".endswith((b".gz", b".zip")), b"abcdef".startswith(b"cd", 2), b"aaa".replace(b"a", b"b", 2), b"a-b".upper(), b"\xc3\xa9t\xc3\xa9".strip(b"\xc3\xa9"))
for call in [lambda: b"abc".index(b"z"), lambda: b"abc".rstrip("c"), lambda: b"abc".ljust(5, "x"), lambda: b"abc".count(300)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytes.fromhex("48 65 6c6c 6f"), bytes.fromhex(""))
for s in ["4g", " 4", "zz"]:
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print("ValueError:", e)
