# open(0): standard input as a file of its own, with universal newlines (unlike sys.stdin,
# which keeps "\r"); closing it closes descriptor 0 for every later reader.
import sys

f = open(0)
print(f, f.name, f.mode, f.readable(), f.writable(), f.closed)
first = f.readline()
print(repr(first), first.split())
size = f.read(3)
print(repr(size))
rows = []
for line in f:
    if not line.strip():
        continue
    rows.append(line.rstrip("\n").split(","))
print(rows)
print(repr(f.read()), repr(f.readline()), f.readlines())
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    input()
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    sys.stdin.readline()
except OSError as e:
    print("again:", e)
try:
    open(0)
except OSError as e:
    print("reopen:", e.errno, e.strerror)
