# sys.stdin.buffer: the bytes under sys.stdin, the fast-input idiom of contest solutions;
# the text layer reads through it, so the two share one read position.
import sys

input = sys.stdin.buffer.readline
print(sys.stdin.buffer, sys.stdin.buffer.name, sys.stdin.buffer.mode)
n = int(input())
nums = list(map(int, input().split()))
print(n, nums, sum(nums))
raw = input()
print(raw, raw.rstrip(), raw.decode().strip().upper())
grid = [input().rstrip(b"\r\n").decode() for _ in range(2)]
print(grid, [len(r) for r in grid])
# The text layer goes on where the buffer stopped.
print(repr(sys.stdin.readline()))
print(sys.stdin.buffer.read(4), sys.stdin.buffer.readline())
tokens = sys.stdin.buffer.read().split()
print(tokens, [int(t) for t in tokens if t.lstrip(b"-").isdigit()])
print(input(), sys.stdin.buffer.read(), repr(sys.stdin.read()))
