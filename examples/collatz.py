def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


longest = 0
start = 1
for i in range(1, 10000):
    s = collatz_steps(i)
    if s > longest:
        longest = s
        start = i
print(f"longest chain below 10000 starts at {start}: {longest} steps")
print("2 ** 100 =", 2 ** 100)
print("mean step:", longest / 2, -7 % 3, 7.5 // 2)
