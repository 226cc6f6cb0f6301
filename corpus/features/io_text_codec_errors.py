# Encoding and decoding errors met by text files, with the positions CPython names: a
# character cut by a chunk boundary waits for the next chunk, read() decodes all the rest at
# once, readline() decodes chunk by chunk.


def report(label, fn):
    try:
        print(label, repr(fn()))
    except UnicodeError as e:
        print(label, type(e).__name__ + ":", e)
        print("   ", e.encoding, e.start, e.end, e.reason)


body = "é€😀\n".encode() * 3000
with open("cut.bin", "wb") as f:
    f.write(b"ok line\n" + body + b"ab\xe2\x82x tail\n")

with open("cut.bin", encoding="utf-8") as f:
    print(len(f.readline()))
    report("read rest", lambda: len(f.read()))

with open("cut.bin", encoding="utf-8") as f:
    n = 0
    try:
        for line in f:
            n += 1
    except UnicodeDecodeError as e:
        print("lines before the error", n, e.start, e.end, e.reason)

with open("cut.bin", encoding="utf-8") as f:
    report("read 9000", lambda: len(f.read(9000)))
    report("read 20000", lambda: len(f.read(20000)))

with open("short.bin", "wb") as f:
    f.write("naïve\n".encode() + b"\xc3")
with open("short.bin", encoding="utf-8") as f:
    report("truncated at end", lambda: f.read())
with open("short.bin", encoding="utf-8") as f:
    report("first line", lambda: f.readline())
    report("last line", lambda: f.readline())

with open("latin.txt", "w", encoding="latin-1") as f:
    f.write("café\n")
    report("latin-1 euro", lambda: f.write("€uro"))
    f.write("señor\n")
with open("latin.txt", "rb") as f:
    print(f.read())
with open("latin.txt", encoding="latin-1") as f:
    print(repr(f.read()))
with open("latin.txt", encoding="ascii") as f:
    report("ascii read", lambda: f.read())
with open("latin.txt", encoding="utf-8") as f:
    report("utf-8 read of latin-1", lambda: f.read())

with open("ascii.txt", "w", encoding="ascii") as f:
    report("ascii write", lambda: f.write("plain ok, then ünïcode"))
    f.write("plain\n")
print(open("ascii.txt", "rb").read())
