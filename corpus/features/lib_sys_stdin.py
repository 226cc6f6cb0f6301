import sys

name = input("name? ")
print("hello", name)
line = sys.stdin.readline()
print("readline:", repr(line))
n = int(input())
print("n =", n)
rows = []
for i in range(n):
    rows.append(sys.stdin.readline().split())
print(rows)
print("partial:", repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
print("read(5):", repr(sys.stdin.read(5)))
count = 0
for line in sys.stdin:
    count += 1
    print(count, repr(line))
    if line.startswith("stop"):
        break
print("after loop:", repr(input()))
rest = sys.stdin.read()
print("rest:", repr(rest))
print("eof:", repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines())
try:
    input()
except EOFError as e:
    print("EOFError:", e)
