def count_words(words: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


d = {'a': 1, 'b': 2}
print(d, len(d), d['a'])
d['c'] = 3
d['a'] = 10
print(d)
print('a' in d, 'z' in d, 'z' not in d)
print(d.get('b', 0), d.get('q', -1))
del d['b']
print(d)
d['b'] = 20
print(d)
for k in d:
    print(k, d[k])
for k in d.keys():
    print(k)
for v in d.values():
    print(v)
for k, v in d.items():
    print(k, v)
print(d.pop('a'), d, d.pop('zz', 99))
e = {}
e[1] = 'one'
e[2] = 'two'
print(e, str(e), repr(e))
print(count_words(["x", "y", "x", "z", "x"]))
sq = {}
for i in range(5):
    sq[i] = i * i
print(sq)
sq[2] += 100
print(sq[2])
t = {(1, 2): 'a', (3, 4): 'b'}
print(t[(3, 4)], t)
flags = {True: 'yes', False: 'no'}
print(flags[1 > 0])
print({'x': 1, 'y': 2} == {'y': 2, 'x': 1}, {'x': 1} != {'x': 2})
empty: dict[str, list[int]] = {}
print(empty, bool(empty))
if d:
    print("non-empty")
nested = {'k': [1, 2]}
nested['k'].append(3)
print(nested)
dup = {'a': 1, 'b': 2, 'a': 3}
print(dup)
print(d['missing'])
