# array.array: typecodes, construction, list-like methods, slicing, bytes, comparisons, errors.
import array

print(array.typecodes, array.ArrayType is array.array)
a = array.array('i', [3, 1, 2])
print(a, a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:], type(a[1:]).__name__)
a.append(7)
a.extend([8, 9])
a.extend(array.array('i', [10]))
a.insert(0, -5)
a.insert(100, 11)
print(a, a.pop(), a.pop(0), a)
a.remove(7)
print(a, a.index(2), a.count(1), 2 in a, 42 in a)
a.reverse()
print(a, a.tolist(), list(a), sorted(a), sum(a), max(a), min(a))
a[0] = 100
a[1:3] = array.array('i', [20, 30, 40])
del a[-1]
del a[:1]
print(a)
b = a + array.array('i', [1])
print(b, a * 2, 2 * a, b == a, b != a, a < b, a == a.tolist())
a += array.array('i', [5])
a *= 2
print(a, len(a))
print(array.array('d', [1, 2.5, -0.0]), array.array('f', [0.1, 1e40, 3]))
print(array.array('b'), array.array('u', 'hello'), array.array('u', 'hi').tounicode())
print(array.array('B', b'\x01\x02\xff'), array.array('h', [1, -2]).tobytes())
print(array.array('i', [1, 256, -1]).tobytes(), array.array('d', [1.5]).tobytes())
c = array.array('H')
c.frombytes(b'\x01\x00\x00\x01')
c.fromlist([7, 8])
print(c, array.array('q', range(4)), array.array('Q', [2**64 - 1]), array.array('L', [2**63]))
s = array.array('I', [1, 2])
s.byteswap()
print(s, array.array('i', array.array('b', [1, 2])), array.array('d', (x / 2 for x in range(3))))
u = array.array('u', 'ab')
u.fromunicode('cd')
u.append('e')
print(u, u[1], u[::2])
import copy
d = copy.copy(a)
d[0] = -1
print(a[0], d[0], copy.deepcopy(u))
for x in array.array('h', [4, 5]):
    print(x, end=' ')
print()

for bad in [lambda: array.array('x'), lambda: array.array(1), lambda: array.array('i', [1.5]),
            lambda: array.array('d', ['a']), lambda: array.array('i', 'abc'), lambda: array.array('u', [1]),
            lambda: array.array('i', [1]) + array.array('d', [1]), lambda: array.array('i').extend(array.array('d')),
            lambda: array.array('i').pop(), lambda: array.array('i', [1]).pop(5), lambda: array.array('i', [1]).remove(3),
            lambda: array.array('i', [1]).index(3), lambda: array.array('i', [1]).frombytes(b'abc'),
            lambda: array.array('i', [1]).fromlist((1,)), lambda: array.array('i', [1]).tounicode(),
            lambda: array.array('i', [1, 2]).__setitem__(slice(0, 1), [5]), lambda: array.array('i', [1])[3],
            lambda: array.array('i', [1]) + [1], lambda: array.array('b', [200]), lambda: array.array('B', [-1]),
            lambda: array.array('h', [40000]), lambda: array.array('H', [70000]), lambda: array.array('i', [2**31]),
            lambda: array.array('I', [-1]), lambda: array.array('I', [2**32]), lambda: array.array('l', [2**63]),
            lambda: array.array('q', [2**63]), lambda: array.array('Q', [-1]), lambda: array.array('Q', [2**64]),
            lambda: array.array('b', [2**70]), lambda: hash(array.array('i'))]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
