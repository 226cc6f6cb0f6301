import math
import math as m
from collections import Counter, defaultdict, deque
from functools import reduce
from itertools import permutations
import heapq


print(math.sqrt(16), m.pi > 3, math.floor(2.7), math.gcd(12, 18))
c = Counter("hello world")
print(c.most_common(2))
dd = defaultdict(list)
dd["a"].append(1)
print(dict(dd))
q = deque([1, 2, 3])
q.appendleft(0)
print(list(q), q.pop())
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(list(permutations([1, 2, 3], 2))[:3])
h = [5, 1, 3]
heapq.heapify(h)
print(heapq.heappop(h))
if __name__ == "__main__":
    print("main!")
