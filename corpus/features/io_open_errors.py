import io
import os


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)
        if isinstance(e, OSError) and e.errno is not None:
            print("   errno", e.errno, "strerror", e.strerror, "filename", e.filename, "args", e.args)


attempt("missing", lambda: open("missing.txt"))
attempt("missing dir", lambda: open("nodir/x.txt", "w"))
os.mkdir("d")
attempt("dir read", lambda: open("d"))
attempt("dir write", lambda: open("d", "w"))
open("e.txt", "w").close()
attempt("exclusive", lambda: open("e.txt", "x"))
for mode in ["rw", "rr", "q", "bt", "", "b", "+", "r++", "wx", "ra+"]:
    attempt("mode " + repr(mode), lambda: open("e.txt", mode))
attempt("binary encoding", lambda: open("e.txt", "rb", encoding="utf-8"))
attempt("binary newline", lambda: open("e.txt", "rb", newline=""))
attempt("binary errors", lambda: open("e.txt", "rb", errors="strict"))
attempt("bad newline", lambda: open("n1.txt", "w", newline="x"))
print(os.path.exists("n1.txt"))
attempt("bad encoding", lambda: open("n2.txt", "w", encoding="nope"))
print(os.path.exists("n2.txt"))
attempt("unbuffered text", lambda: open("n3.txt", "w", buffering=0))
attempt("mode type", lambda: open("e.txt", 5))
attempt("newline type", lambda: open("e.txt", newline=5))
attempt("encoding type", lambda: open("e.txt", encoding=5))
attempt("file type", lambda: open(3.5))

f = open("e.txt", "w")
f.close()
attempt("write closed", lambda: f.write("x"))
attempt("read closed", lambda: f.read())
attempt("readline closed", lambda: f.readline())
attempt("tell closed", lambda: f.tell())
attempt("seek closed", lambda: f.seek(0))
attempt("iter closed", lambda: next(iter(f)))
attempt("with closed", lambda: f.__enter__())
print(f.closed)
f.close()

r = open("e.txt")
attempt("write on r", lambda: r.write("x"))
w = open("e.txt", "w")
attempt("read on w", lambda: w.read())
attempt("readline on w", lambda: w.readline())
attempt("write bytes on text", lambda: w.write(b"x"))
attempt("write int on text", lambda: w.write(5))
attempt("cur seek", lambda: w.seek(2, 1))
attempt("end seek", lambda: w.seek(2, 2))
attempt("negative seek", lambda: w.seek(-1))
attempt("whence", lambda: w.seek(0, 3))
w.close()
rb = open("e.txt", "rb")
attempt("write on rb", lambda: rb.write(b"x"))
wb = open("e.txt", "wb")
attempt("read on wb", lambda: wb.read())
attempt("write str on wb", lambda: wb.write("x"))
wb.close()
attempt("wb closed write", lambda: wb.write(b"x"))
attempt("wb closed read", lambda: wb.read())
try:
    open("missing.txt")
except FileNotFoundError as e:
    print(isinstance(e, OSError), isinstance(e, IOError), e.errno == 2)
try:
    r.write("x")
except io.UnsupportedOperation as e:
    print(isinstance(e, OSError), isinstance(e, ValueError))
with open("x.txt", "w") as f:
    pass
with open("x.txt") as f:
    for line in f:
        pass
    print(f.tell())
with open("x.txt", "w") as f:
    f.write("a\nb\nc\n")
with open("x.txt") as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(type(e).__name__, e)
        break
open("missing-at-end.txt")
