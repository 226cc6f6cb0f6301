from collections import Counter, defaultdict, deque, namedtuple, OrderedDict

c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2))
c.update("aaz")
print(sorted(c.items()), sum(c.values()))
dd = defaultdict(list)
for word in ["apple", "bob", "avocado", "cat", "bee"]:
    dd[word[0]].append(word)
print(dict(dd), dd["zzz"], len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, q.popleft(), q.pop(), q, len(q))
q.rotate(1)
print(list(q), deque(range(10), maxlen=3))
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x + p.y, p[0], p._replace(x=10), tuple(p), p == (3, 4))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
print(list(od.items()))
