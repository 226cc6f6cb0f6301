import io
import os

buf = io.BytesIO()
print(buf.write(b"header\n"), buf.write(bytearray(b"line one\nline two\n")), buf.tell())
buf.writelines([b"x\n", b"tail"])
print(buf.getvalue())
print(buf.seek(0), buf.readline(), buf.read(4), buf.read1(3), buf.tell())
print(buf.readlines())
print(buf.read(), buf.readline(), buf.tell())
buf.seek(0)
print([line for line in buf])

data = io.BytesIO(b"abcdef")
print(data.tell(), data.read(2), data.seek(-1, os.SEEK_END), data.read(), data.seek(-100, io.SEEK_CUR))
print(data.seek(2, os.SEEK_SET), data.write(b"XY"), data.getvalue(), data.tell())
print(data.seek(10), data.write(b"!"), data.getvalue())
print(data.truncate(4), data.getvalue(), data.tell(), data.truncate(), data.getvalue())
print(data.readable(), data.writable(), data.seekable(), data.isatty())
print(io.BytesIO(initial_bytes=b"kw").read(), io.BytesIO(None).getvalue(), io.BytesIO(bytearray(b"ba")).read())
print(io.BytesIO(b"a\nb\nc\n").readlines(3), io.BytesIO(b"abc\ndef").readline(2))

encoded = io.BytesIO()
for word in ["naïve", "café", "π"]:
    encoded.write(word.encode("utf-8") + b"\x00")
raw = encoded.getvalue()
print(len(raw), [part.decode() for part in raw.split(b"\x00") if part])

with io.BytesIO(b"ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
for bad in (lambda: f.read(), lambda: f.getvalue(), lambda: f.tell()):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: io.BytesIO().write("text"), lambda: io.BytesIO(b"x").seek(-1),
            lambda: io.BytesIO(b"x").seek(0, 3), lambda: io.BytesIO("s"),
            lambda: io.BytesIO(b"x").read(size=1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(isinstance(io.BytesIO(), io.BytesIO), os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
