import sys

def read_ints():
    return [int(x) for x in sys.stdin.readline().split()]

def solve(nums, k):
    # sliding window maximum sum
    best = cur = sum(nums[:k])
    best_i = 0
    for i in range(k, len(nums)):
        cur += nums[i] - nums[i - k]
        if cur > best:
            best, best_i = cur, i - k + 1
    return best, best_i

def prefix_queries(nums, queries):
    pre = [0]
    for x in nums:
        pre.append(pre[-1] + x)
    return [pre[r] - pre[l - 1] for l, r in queries]

data = sys.stdin.read
tokens = None
n, k = read_ints()
nums = read_ints()
q = int(sys.stdin.readline())
queries = [tuple(read_ints()) for _ in range(q)]
rest = sys.stdin.read().split()
best, at = solve(nums, k)
print(best, at)
print(*prefix_queries(nums, queries))
big = [str(i * i) for i in range(1, 2001)]
sys.stdout.write(" ".join(big[:5]) + "\n")
print(len("\n".join(big)))
print(rest)
print(sum(map(int, rest)) if rest else 0, 2 ** 100 // 3)
mat = [[(i * j) % 7 for j in range(5)] for i in range(4)]
for row in mat:
    print(" ".join(f"{v:2d}" for v in row))
print("%5.2f%%" % (100 * best / (sum(nums) or 1)))
print("{:,}".format(10 ** 12 + 7), format(-1234.5678, ",.2f"), f"{0.000012345:e}", f"{255:#x} {255:08b}")
