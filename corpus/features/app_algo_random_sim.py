import random
import statistics
from collections import Counter


def monte_carlo_pi(n):
    inside = sum(1 for _ in range(n) if random.random() ** 2 + random.random() ** 2 <= 1)
    return 4 * inside / n


def deal(deck, hands, size):
    random.shuffle(deck)
    return [deck[i * size:(i + 1) * size] for i in range(hands)]


def random_walk(steps):
    x = y = 0
    visited = {(0, 0)}
    for _ in range(steps):
        dx, dy = random.choice([(0, 1), (1, 0), (0, -1), (-1, 0)])
        x, y = x + dx, y + dy
        visited.add((x, y))
    return (x, y), len(visited)


def birthday_trial(people):
    days = [random.randint(1, 365) for _ in range(people)]
    return len(set(days)) < people


random.seed(42)
print("pi ~", monte_carlo_pi(20000))
suits = "SHDC"
ranks = "23456789TJQKA"
deck = [r + s for s in suits for r in ranks]
hands = deal(deck, 4, 5)
for i, h in enumerate(hands, 1):
    print(f"hand {i}: {' '.join(sorted(h, key=lambda c: (ranks.index(c[0]), c[1])))}")
print("walk:", random_walk(1000))
hits = sum(birthday_trial(23) for _ in range(2000))
print(f"birthday paradox: {hits / 2000:.3f}")
print("sample:", random.sample(range(100), 5), random.sample("abcdefgh", k=3))
print("choices:", random.choices("abc", weights=[10, 1, 1], k=8))
print("uniform:", round(random.uniform(1, 2), 6), random.randrange(0, 100, 5), random.getrandbits(40))
print("gauss:", round(random.gauss(0, 1), 6), round(random.normalvariate(10, 2), 6))
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(5000)]
c = Counter(rolls)
for total in range(2, 13):
    bar = "#" * (c[total] // 25)
    print(f"{total:2d} {c[total]:4d} {bar}")
print("mean", statistics.mean(rolls), "median", statistics.median(rolls), "mode", statistics.mode(rolls))
print("stdev", round(statistics.stdev(rolls), 4), "pstdev", round(statistics.pstdev(rolls), 4))
rng = random.Random(7)
print([rng.randint(0, 9) for _ in range(10)], rng.random())
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b)
xs = list(range(10))
random.seed("seed-string")
random.shuffle(xs)
print(xs)
random.seed(12345)
print(random.choice(["rock", "paper", "scissors"]), random.triangular(0, 10, 3) > 0, f"{random.expovariate(1.5):.5f}")
print(statistics.fmean([1, 2, 3, 4.5]), statistics.median_low([1, 3, 5, 7]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
