import io
import os
import sys

NOTES = ["first line", "second line with trailing spaces   ", "", "ünïcödé line", "last"]

with open("notes.txt", "w", encoding="utf-8") as fh:
    for n in NOTES:
        fh.write(n + "\n")
    fh.write("no newline at end")

with open("notes.txt", encoding="utf-8") as fh:
    lines = fh.readlines()
print(len(lines), [l.rstrip() for l in lines][:3], repr(lines[-1]))

with open("notes.txt", "rb") as fh:
    raw = fh.read()
print(len(raw), raw[:10], raw.count(b"\n"), raw.decode("utf-8").count("ü"))

with open("notes.txt", "r+", encoding="utf-8") as fh:
    first = fh.readline()
    pos = fh.tell()
    second = fh.readline()
    fh.seek(0)
    again = fh.read(5)
    fh.seek(pos)
    print(repr(first), pos, repr(second.strip()), again, repr(fh.readline()))
    fh.seek(0, os.SEEK_END)
    fh.write("\nappended\n")

with open("notes.txt", "a") as fh:
    print("printed", "into", "file", sep="-", file=fh)
    fh.writelines(["x\n", "y\n"])

with open("notes.txt") as fh:
    for i, line in enumerate(fh):
        if i >= 5:
            print(f"{i:>2}: {line!r}")

with open("crlf.txt", "w", newline="\r\n") as fh:
    fh.write("a\nb\n")
with open("crlf.txt", "rb") as fh:
    print(fh.read())
with open("crlf.txt") as fh:
    print(repr(fh.read()))
with open("crlf.txt", newline="") as fh:
    print(fh.readlines())
with open("mixed.bin", "wb") as fh:
    fh.write(b"one\r\ntwo\rthree\nfour")
with open("mixed.bin", encoding="ascii") as fh:
    print(fh.read().split("\n"))
with open("mixed.bin", newline="") as fh:
    print(list(fh))

with open("latin.txt", "w", encoding="latin-1") as fh:
    fh.write("café crème")
with open("latin.txt", "rb") as fh:
    data = fh.read()
print(data, data.decode("latin-1"), len(data))
try:
    data.decode("utf-8")
except UnicodeDecodeError as e:
    print("decode error:", e.reason, e.start)
print(data.decode("utf-8", errors="replace"))

buf = io.StringIO()
buf.write("header\n")
print("body", 1, 2.5, file=buf)
buf.write("tail")
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(buf.readline(), end="")
print(buf.read().splitlines())
src = io.StringIO("alpha\nbeta\n\ngamma\n")
print([line.strip().upper() for line in src if line.strip()])
bio = io.BytesIO()
bio.write("π≈3.14".encode())
bio.write(b"\x00\xff")
print(bio.getvalue(), len(bio.getvalue()))

print(sorted(f for f in os.listdir(".") if f.endswith((".txt", ".bin"))))
print(os.path.exists("notes.txt"), os.path.exists("nope.txt"), os.path.splitext("a/b/c.tar.gz"))
print(os.path.basename("/x/y/z.txt"), os.path.dirname("/x/y/z.txt"), os.path.join("x", "y", "z"))
try:
    open("nope.txt")
except FileNotFoundError as e:
    print("missing:", e.errno, e.strerror, e.filename)
os.remove("crlf.txt")
print(os.path.isfile("crlf.txt"))
words = 0
with open("notes.txt") as fh:
    text = fh.read()
for line in text.splitlines():
    words += len(line.split())
print("words:", words, "longest:", max(text.splitlines(), key=len))
sys.stdout.write("done\n")
print("bye", end="!\n", flush=True)
