# bytes.hex with a separator (grouped from the right, or from the left when bytes_per_sep is
# negative) and bytes.decode with the codec named (was always UTF-8).
data = bytes(range(250, 256)) + b"\x00\x01\x02"
print(data.hex(), data.hex(" "), data.hex(":", 2), data.hex("-", -4), data.hex(b"|", 3), data.hex(sep="_", bytes_per_sep=5))
print(b"".hex(":"), b"\x0a".hex(":", 2), bytearray(b"\xde\xad\xbe\xef").hex(" ", -2))
for bad in ("::", "é"):
    try:
        data.hex(bad)
    except ValueError as e:
        print("ValueError:", e)
raw = "café ñ".encode("utf-8")
print(raw.decode(), raw.decode("latin-1"), raw.decode(encoding="UTF_8"), "café".encode("latin-1").decode("iso-8859-1"))
print(b"plain ascii".decode("ascii"), b"\xe9t\xe9".decode("latin1"))
try:
    raw.decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\xe9t\xe9".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
