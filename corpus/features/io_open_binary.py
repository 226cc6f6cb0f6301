with open("b.bin", "wb") as f:
    print(repr(f), f.name, f.mode, f.closed)
    print(f.write(b"\x00\x01\x02hello\nworld\n"))
    print(f.write(bytearray(b"\xff\xfe")))
    print(f.tell())
with open("b.bin", "rb") as f:
    print(repr(f), f.mode)
    print(f.read(3))
    print(f.readline())
    print(f.tell())
    print(f.read())
    print(f.read())
    print(f.seek(-4, 2), f.read(2))
    print(f.seek(1), f.seek(2, 1), f.read(1))
with open("b.bin", "rb") as f:
    print(list(f))
with open("b.bin", "rb") as f:
    print(f.readlines())
with open("b.bin", "ab") as f:
    print(f.mode, f.tell())
    f.write(b"tail")
with open("b.bin", "r+b") as f:
    print(repr(f), f.mode)
    f.seek(3)
    f.write(b"HELLO")
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.tell())
with open("b.bin", "rb") as f:
    print(f.read())
with open("b.bin", "w+b") as f:
    print(f.mode, f.read())
    f.write(b"abc")
    f.seek(0)
    print(f.read())
print(type(open("b.bin", "rb")).__name__, type(open("b.bin", "wb")).__name__, type(open("b.bin", "r+b")).__name__)
data = bytes(range(256)) * 40
with open("big.bin", "wb") as f:
    f.write(data)
with open("big.bin", "rb") as f:
    back = f.read()
print(len(back), back == data)
with open("big.bin", "rb") as f:
    n = 0
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        n += len(chunk)
    print(n)
