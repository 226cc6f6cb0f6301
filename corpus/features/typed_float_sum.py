# sum() of floats is Neumaier's compensated sum in CPython 3.12, not a plain left-to-right
# loop: sum([0.1] * 10) is 1.0 and the mean below is 0.19999999999999998.
def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


def variance(xs: list[float]) -> float:
    m = mean(xs)
    return sum([(x - m) ** 2 for x in xs]) / len(xs)


def harmonic(n: int) -> float:
    return sum([1 / k for k in range(1, n + 1)])


tenths = [0.1] * 10
print(sum(tenths), mean([0.1, 0.2, 0.3]), variance([0.1, 0.2, 0.3]))
print(sum([1e100, 1.0, -1e100]), sum([1e16, 1.0, 1.0]), sum([-0.0, -0.0]), sum([0.5, -0.0]))
print(harmonic(10), harmonic(1000), sum([1e308, 1e308, -1e308]), sum([float("inf"), 1.0]))
prices = [19.99, 5.01, 0.1, 0.2, 74.7]
print(sum(prices), sum([p * 3 for p in prices]), sum([x / 7 for x in prices]))
