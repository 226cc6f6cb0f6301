import sys
lines = sys.stdin.readlines()
print(len(lines), lines[:2])
for i, raw in enumerate(lines):
    s = raw.rstrip("\n")
    print(i, repr(s), s.casefold(), len(s), s[::-1][:3], s.title(), s.swapcase())
words = " ".join(lines).split()
print(sorted(words, key=str.casefold))
print(max(words, key=len), min(words), "ß".upper(), "ǅ".lower(), "İ".lower(), len("İ".lower()))
print(sys.stdin.read() == "", sys.stdin.readline() == "")
try:
    input()
except EOFError as e:
    print("EOF:", repr(str(e)))
x = input("prompt> ")
