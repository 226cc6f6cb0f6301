def power_sum(n: int, p: int = 2) -> int:
    total = 0
    for k in range(n + 1):
        total += k ** p
    return total

def fact(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact(n - 1)

def describe(xs: list[int], label: str = "values") -> str:
    parts: list[str] = []
    for x in xs:
        parts.append(str(x))
    return label + ": " + ", ".join(parts)

def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)

def shout(s: str):
    print(s.upper() + "!")

print(power_sum(10), power_sum(5, 3), power_sum(p=1, n=4))
print(fact(30))
print(describe([3, 1, 2]), describe([], label="none"))
print(mean([1.0, 2.5, 4.0]))
shout("hi")
r = shout("x")
print(r)
