import struct
from struct import Struct, pack, unpack, calcsize

HEADER = Struct(">4sHHI")
POINT = Struct("<iif")

print(calcsize("<bhiq"), calcsize("@bhiq"), calcsize("@qb"), calcsize("@cid"), calcsize("=l"), calcsize("@lL"), calcsize("10s"), calcsize("3x2h"))
blob = HEADER.pack(b"PTS\x00", 1, 3, 0xDEADBEEF)
points = [(1, -2, 0.5), (300000, 7, -1.25), (-2147483648, 2147483647, 3.0)]
for p in points:
    blob += POINT.pack(*p)
print(len(blob), HEADER.size, POINT.size, blob[:12].hex())
magic, major, count, crc = HEADER.unpack_from(blob)
print(magic, major, count, hex(crc))
print([POINT.unpack_from(blob, HEADER.size + i * POINT.size) for i in range(count)])
print(list(POINT.iter_unpack(blob[HEADER.size:])))
print(pack("<hHbB?", -1, 65535, -128, 255, 2), pack(">q", -2), pack("!d", 0.1).hex(), pack("<f", 0.1))
print(unpack("<f", pack("<f", 0.1)), unpack(">QL", b"\xff" * 12), unpack("<Q", b"\x01" * 8))
print(pack("@bq", 1, 2), pack("=bq", 1, 2), pack("5s", b"ab"), pack("3p", b"abcdef"), unpack("3p", b"\x05ab"))
print(pack("c?x", b"z", [1]), unpack("4c", b"abcd"), pack("<3h", 1, 2, 3), pack("0s", b"xyz"), pack("<i", True))
for f, args in [("<h", (40000,)), ("B", (-1,)), ("<i", (1.5,)), ("d", ("x",)), ("<hh", (1,)), ("c", (b"ab",)), ("s", ("str",)), ("<Q", (-1,))]:
    try:
        pack(f, *args)
    except struct.error as e:
        print(f, "struct.error:", e)
for f, data in [("<i", b"123"), ("<h", b"123")]:
    try:
        unpack(f, data)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack_from("<q", b"abc", 1)
except struct.error as e:
    print("struct.error:", e)
try:
    calcsize("<y")
except struct.error as e:
    print("struct.error:", e)
try:
    pack("<f", 1e300)
except OverflowError as e:
    print("OverflowError:", e)
