import random

for seed in [0, 1, 42, 12345, 2**32, 2**64 + 7, 10**30, -5, -(2**40)]:
    random.seed(seed)
    print(seed, random.random(), random.randint(1, 100), random.getrandbits(8))
random.seed("hello")
print("str", random.random(), random.randrange(1000))
random.seed(b"bytes seed")
print("bytes", random.random(), random.choice("abcdef"))
random.seed("")
print("empty str", random.random())
random.seed(3.5)
print("float seed", random.random())
random.seed(True)
print("bool seed", random.random())

random.seed(7)
print([random.randint(-3, 3) for _ in range(12)])
print([random.randrange(10) for _ in range(8)], [random.randrange(5, 9) for _ in range(8)])
print([random.randrange(0, 100, 7) for _ in range(6)], [random.randrange(10, 0, -3) for _ in range(6)])
print(random.randrange(2**70), random.randint(10**20, 10**21), random.getrandbits(100), random.getrandbits(0))
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
            lambda: random.randrange(1.5), lambda: random.randrange(1, 2.5), lambda: random.randint(5, 1),
            lambda: random.randrange(10, 1, 2), lambda: random.choice([]), lambda: random.getrandbits(-1),
            lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1), lambda: random.choices([])]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)

random.seed(2024)
items = ["red", "green", "blue", "gold"]
print(random.choice(items), random.choice(range(100)), random.choice((1, 2)), random.choice("xyz"))
print(random.choices(items, k=6))
print(random.choices(items, weights=[10, 1, 1, 0], k=8))
print(random.choices(items, cum_weights=[1, 2, 3, 4], k=5))
print(random.choices(range(3), [0.2, 0.3, 0.5], k=4), random.choices("ab"))
try:
    random.choices(items, weights=[1, 2], k=1)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choices(items, weights=[1, 1, 1, 1], cum_weights=[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
try:
    random.choices(items, weights=[0, 0, 0, 0])
except ValueError as e:
    print("ValueError:", e)

deck = list(range(20))
random.shuffle(deck)
print(deck)
words = ["a", "b", "c", "d", "e"]
random.shuffle(words)
print(words)
print(random.sample(range(1000), 5), random.sample("abcdefgh", 3), random.sample(items, k=4))
print(random.sample(range(10**9), 3), random.sample(["x", "y"], counts=[3, 2], k=5), random.sample([], 0))
print(random.uniform(1, 10), random.uniform(5, -5), random.uniform(2.5, 2.5))
# These go through log/cos/exp/pow (whose last bit differs between libms): printed rounded.
print([round(x, 10) for x in [random.gauss(), random.gauss(100, 15), random.normalvariate(0, 1),
                              random.normalvariate(mu=5, sigma=0.1)]])
print([round(x, 10) for x in [random.expovariate(1.5), random.expovariate(), random.triangular(),
                              random.triangular(0, 10, 8)]])
print([round(x, 10) for x in [random.betavariate(2, 5), random.gammavariate(2.0, 3.0),
                              random.lognormvariate(0, 0.5), random.gammavariate(0.5, 1.0)]])
print([round(x, 10) for x in [random.vonmisesvariate(1.0, 2.0), random.paretovariate(3),
                              random.weibullvariate(1, 1.5)]])
print(random.binomialvariate(10, 0.3), random.binomialvariate(100, 0.75), random.randbytes(6))

state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], type(state).__name__, len(state), len(state[1]))

r1 = random.Random(99)
r2 = random.Random(99)
print(r1.random() == r2.random(), r1.randint(1, 6), r1.choice("abc"), r1.sample(range(50), 4))
r1.seed(5)
random.seed(5)
print(r1.random() == random.random(), r1.random(), random.random())
r3 = random.Random("text")
print(r3.random(), r3.uniform(0, 1), r3.randrange(3, 30, 3), round(r3.gauss(0, 1), 10))
lst = list(range(8))
r3.shuffle(lst)
print(lst, r3.choices("ab", k=3), r3.getrandbits(16))
s = r3.getstate()
v = r3.random()
r3.setstate(s)
print(v == r3.random())
r4 = random.Random()
r4.seed(0)
print(r4.random(), isinstance(r4, random.Random))

random.seed(11)
print(round(sum(random.random() for _ in range(1000)), 6), max(random.randint(1, 6) for _ in range(100)))
print(sorted(random.sample(range(30), 10)), "".join(random.choice("ACGT") for _ in range(20)))
