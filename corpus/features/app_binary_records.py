"""Binary records: pack, encode, decode."""
import struct
import base64
import hashlib

RECORD = struct.Struct("<IHhf8s")


def encode_records(records):
    blob = b"".join(RECORD.pack(i, a, b, f, name.encode().ljust(8, b"\0")) for i, a, b, f, name in records)
    header = struct.pack(">4sHI", b"RECS", 1, len(records))
    return header + blob


def decode_records(data):
    magic, version, count = struct.unpack_from(">4sHI", data, 0)
    off = struct.calcsize(">4sHI")
    out = []
    for k in range(count):
        i, a, b, f, name = RECORD.unpack_from(data, off + k * RECORD.size)
        out.append((i, a, b, round(f, 3), name.rstrip(b"\0").decode()))
    return magic, version, out


def main():
    records = [(1, 65535, -2, 1.5, "alpha"), (2, 7, 300, -0.25, "beta"), (99, 0, -32768, 3.14159, "gamma")]
    data = encode_records(records)
    print(len(data), RECORD.size, struct.calcsize("<IHhf8s"), struct.calcsize("@ih"))
    print(data[:10])
    enc = base64.b64encode(data)
    print(enc.decode())
    print(base64.b64decode(enc) == data)
    print(decode_records(base64.b64decode(enc)))
    print(base64.urlsafe_b64encode(b"\xfb\xff\xfe hello"), base64.b16encode(b"hi!"), base64.b32encode(b"abc"))
    print(base64.b64encode("héllo".encode("utf-8")), base64.b64decode("aGVsbG8gd29ybGQ="))
    print(struct.pack("<q", -1), struct.unpack("<d", struct.pack("<d", 2.5)), struct.pack("!H", 258), struct.pack("?b", True, -1))
    print(hashlib.sha256(data).hexdigest()[:16], hashlib.md5(b"abc").hexdigest())
    try:
        struct.pack("<H", 70000)
    except struct.error as e:
        print("struct.error:", e)
    try:
        base64.b64decode("abc")
    except Exception as e:
        print(type(e).__name__, e)
    print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), bytes([72, 105]).hex(), bytes.fromhex("4869"))


main()
