import io
from io import StringIO

f = io.StringIO()
print(f.write("hello\n"), f.write("wörld\n"), f.write(""))
print(repr(f.getvalue()), f.tell())
f.seek(0)
print(repr(f.readline()), repr(f.read(3)), repr(f.read()), repr(f.read()))
print(f.seek(2), f.write("XY"), repr(f.getvalue()), f.tell())
print(f.seek(20), f.write("!"), repr(f.getvalue()))
print(f.seek(0, 2), f.seek(0, 1), f.truncate(5), f.tell(), repr(f.getvalue()))

g = StringIO("line one\nline two\r\nline three")
for line in g:
    print(repr(line))
g.seek(0)
print(g.readlines())
g.seek(0)
print(g.readline(4), repr(g.readline(-1)), g.readlines(1))

for nl in [None, "", "\n", "\r", "\r\n"]:
    h = StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(h.getvalue()), h.readlines())
    h = StringIO(newline=nl)
    h.write("x\r")
    h.write("\ny\n")
    print(repr(h.getvalue()))

with io.StringIO() as out:
    print("a", 1, 2.5, sep=", ", end="!\n", file=out)
    print(file=out)
    print("tail", file=out)
    out.writelines(["p\n", "q\n"])
    text = out.getvalue()
    print(out.closed)
print(out.closed, repr(text))

for action in ["read", "getvalue", "tell", "write"]:
    try:
        if action == "write":
            out.write("x")
        else:
            getattr(out, action)()
    except ValueError as e:
        print(action, "ValueError:", e)

s = StringIO("abc")
for bad in [(-1,), (1, 1), (0, 3)]:
    try:
        s.seek(*bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    s.write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    StringIO(5)
except TypeError as e:
    print("TypeError:", e)
print(s.readable(), s.writable(), s.seekable())
words = StringIO("the quick brown fox\njumps over\nthe lazy dog\n")
counts = {}
for line in words:
    for w in line.split():
        counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
