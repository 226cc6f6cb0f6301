import functools


@functools.total_ordering
class Card:
    def __init__(self, rank):
        self.rank = rank

    def __eq__(self, other):
        return self.rank == other.rank

    def __lt__(self, other):
        return self.rank < other.rank

    def __repr__(self):
        return f"Card({self.rank})"


print(Card(3) > Card(2), Card(2) >= Card(2), sorted([Card(5), Card(1), Card(3)]))


print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, [], 0))


@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(60), ways.cache_info().hits > 0)
add3 = functools.partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), add3(c=10))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
