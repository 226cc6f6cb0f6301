# struct's half-precision format 'e': rounding half to even, subnormals, infinities, NaN, overflow.
import struct

for x in [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 65504.0, 65519.0, 6.1e-5, 5.960464477539063e-08, 2.9e-08,
          3e-08, 1e-10, 1.0009765625, 1.00048828125, 1.00146484375, 3.14159, float("inf"), float("-inf")]:
    packed = struct.pack("<e", x)
    print(x, packed, struct.pack(">e", x), struct.unpack("<e", packed)[0])
print(struct.pack("<e", float("nan")), struct.pack("<e", -float("nan")))
print(struct.unpack("<e", b"\x01\x7c")[0], struct.unpack("<3e", struct.pack("<3e", 1, 2, 3)))
print(struct.calcsize("e"), struct.calcsize("<ef"), struct.calcsize("@bef"), struct.pack("@be", 1, 2.0))
for bad in [65520.0, 1e6, -1e300]:
    try:
        struct.pack("<e", bad)
    except OverflowError as e:
        print("OverflowError", e)
try:
    struct.pack("e", "x")
except struct.error as e:
    print("error", e)
