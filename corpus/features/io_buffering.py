import os

f = open("buf.txt", "w")
f.write("x" * 10)
print(os.path.getsize("buf.txt"), repr(open("buf.txt").read()))
f.write("y" * 8000)
print(os.path.getsize("buf.txt"))
f.write("z" * 300)
print(os.path.getsize("buf.txt"))
f.write("w" * 9000)
print(os.path.getsize("buf.txt"))
f.flush()
print(os.path.getsize("buf.txt"))
f.write("tail")
print(os.path.getsize("buf.txt"))
f.close()
print(os.path.getsize("buf.txt"))

b = open("buf.bin", "wb")
for size in [100, 3000, 1000, 4000, 5000, 10, 9000, 1]:
    b.write(b"a" * size)
    print(size, os.path.getsize("buf.bin"))
b.close()
print(os.path.getsize("buf.bin"))

lb = open("line.txt", "w", buffering=1)
lb.write("no newline")
print(os.path.getsize("line.txt"))
lb.write(" now\n")
print(os.path.getsize("line.txt"))
lb.close()

small = open("small.bin", "wb", buffering=16)
for i in range(5):
    small.write(b"0123456")
    print(i, os.path.getsize("small.bin"))
small.close()

open("once.txt", "w").write("written and closed at once\n")
print(open("once.txt").read(), end="")


def helper():
    g = open("local.txt", "w")
    g.write("closed when the function returns\n")


helper()
print(open("local.txt").read(), end="")

kept = open("kept.txt", "w")
kept.write("flushed at exit\n")
a = open("mix.txt", "w")
a.write("first\n")
print(repr(open("mix.txt").read()))
a.close()
print(repr(open("mix.txt").read()))
print(os.path.getsize("kept.txt"))
