# bytearray: a mutable bytes (construction, item and slice assignment, del, +=, methods whose
# bytes results come back as bytearrays, comparisons with bytes) and bytes(str, encoding).


def checksum(data):
    total = 0
    for b in data:
        total = (total + b) & 0xFF
    return total


buf = bytearray(b"hello world")
print(buf, len(buf), type(buf).__name__, isinstance(buf, bytearray))
buf[0] = ord("H")
buf.extend(b"!!")
buf.append(33)
print(buf, bytes(buf), buf.decode("ascii").upper())
del buf[5:11]
print(buf)
buf += bytearray(3)
print(buf, checksum(buf))
ba = bytearray(range(10))
print(ba[2:5], list(ba[::3]), ba[-1], ba.hex(), bytearray.fromhex("de ad be ef"))
ba.reverse()
ba.insert(0, 255)
print(ba.pop(), ba.pop(0), ba)
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), b"b" in bytearray(b"abc"), 98 in bytearray(b"abc"))
x = bytearray(4)
x[1:3] = b"\x01\x02\x03"
print(x, len(x))
x[::2] = [7, 8, 9]
print(x)
for bad in (256, -1):
    try:
        x[0] = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    x.append("a")
except TypeError as e:
    print("TypeError:", e)
try:
    hash(x)
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray("text")
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray(b"abc")[5]
except IndexError as e:
    print("IndexError:", e)
print(repr(bytearray(b"a'b\"c\n")), repr(bytearray(b"it's")), repr(bytearray(b"q\"\\")), str(bytearray(b"x")))
print(bytearray("héllo", "utf-8"), bytearray("héllo", "latin-1"), bytes("é", "latin-1"), bytes("é", encoding="utf-8"))
parts = bytearray(b"a,b,,c").split(b",")
print(parts, type(parts[0]).__name__)
print(bytearray(b"  pad  ").strip(), bytearray(b"xyz").find(b"z"), bytearray(b"abc").upper(), bytearray(b"k=v").partition(b"="))
print(b"pre" + bytearray(b"fix"), bytearray(b"ab") + b"cd", bytearray(b"ab") * 2, bytearray(b"a") < b"b")
c = bytearray(b"abc")
d = c
d += b"def"
print(c, c is d, c.copy() == c, c.copy() is c, c.count(b"a"), c.index(b"c"))
c.remove(ord("a"))
c.clear()
print(c, len(c), bool(c), bytearray(b"\x00\xff"), list(bytearray(b"hi")))
print(int.from_bytes(bytearray(b"\x01\x00"), "big"), sorted(bytearray(b"cab")), sum(bytearray(b"\x01\x02")))
