import io

with open("a.txt", "w") as f:
    print(repr(f))
    print(f.name, f.mode, f.encoding, f.closed)
    print(f.write("first line\n"))
    print(f.write("second line\nthird"))
    f.writelines(["\n", "fourth\n", "fifth\n"])
    print("tell", f.tell())
print(f.closed, repr(f))

with open("a.txt") as f:
    print(repr(f.read()))
with open("a.txt") as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.tell())
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open("a.txt") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open("a.txt") as f:
    print(repr(f.read(5)), repr(f.read(7)), f.tell())
    f.seek(0)
    print(repr(f.read(10)))
    print(f.seek(0, 2), repr(f.read()))

print(open("a.txt", "a").write("appended\n"))
print(open("a.txt").read().splitlines()[-2:])

with open("u.txt", "w", encoding="utf-8") as f:
    f.write("héllo wörld ✓\n")
    f.write("日本語\n")
with open("u.txt", encoding="utf-8") as f:
    s = f.read()
    print(s, len(s))
with open("u.txt", "rb") as f:
    print(len(f.read()))

with open("nl.txt", "w", newline="") as f:
    f.write("a\r\nb\rc\nd")
print(repr(open("nl.txt").read()))
print(repr(open("nl.txt", newline="").read()))
print(open("nl.txt", newline="").readlines())
print(open("nl.txt", newline="\r").readlines())
print(open("nl.txt", newline="\n").readlines())
print(open("nl.txt").readlines())
with open("crlf.txt", "w", newline="\r\n") as f:
    f.write("x\ny\n")
print(open("crlf.txt", "rb").read())

with open("l1.txt", "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café"))
print(open("l1.txt", "rb").read(), open("l1.txt", encoding="latin-1").read())
try:
    open("a2.txt", "w", encoding="ascii").write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    open("l1.txt", encoding="ascii").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)

with open("rw.txt", "w+") as f:
    f.write("hello\nworld\n")
    f.seek(0)
    print(repr(f.readline()))
    print(repr(f.read()))
with open("rw.txt", "r+") as f:
    f.write("HE")
    print(repr(f.read()))
print(repr(open("rw.txt").read()))

with open("p.txt", "w") as f:
    print("x", 1, 2.5, sep=",", file=f)
    print("done", file=f, end="!\n")
print(open("p.txt").read(), end="")
print(isinstance(open("p.txt"), io.TextIOWrapper), type(open("p.txt")).__name__)
