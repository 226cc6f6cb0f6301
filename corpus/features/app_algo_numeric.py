import cmath
import math
import operator
from functools import cmp_to_key, partial, total_ordering, reduce
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, localcontext
from fractions import Fraction


def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def mat_pow(m, e):
    result = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while e:
        if e & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e >>= 1
    return result


def determinant(m):
    m = [[Fraction(x) for x in row] for row in m]
    n, det = len(m), Fraction(1)
    for i in range(n):
        pivot = next((r for r in range(i, n) if m[r][i] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != i:
            m[i], m[pivot] = m[pivot], m[i]
            det = -det
        det *= m[i][i]
        for r in range(i + 1, n):
            f = m[r][i] / m[i][i]
            m[r] = [a - f * b for a, b in zip(m[r], m[i])]
    return det


def transpose(m):
    return [list(r) for r in zip(*m)]


print("fib via matrix:", mat_pow([[1, 1], [1, 0]], 200)[0][1])
A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print("A^3 =", mat_pow(A, 3))
print("det =", determinant(A), determinant([[1, 2], [2, 4]]), determinant([[0, 1], [1, 0]]))
print("T =", transpose([[1, 2, 3], [4, 5, 6]]))
for row in mat_mul(A, transpose(A)):
    print(" ".join(f"{v:>4}" for v in row))

# quadratic roots with complex numbers
for a, b, c in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2)]:
    d = cmath.sqrt(b * b - 4 * a * c)
    r1, r2 = (-b + d) / (2 * a), (-b - d) / (2 * a)
    print(f"{a}x^2+{b}x+{c}: {r1}, {r2}")
z = complex(3, 4)
print(abs(z), z.conjugate(), z * 1j, z / (1 - 1j), z ** 2, z.real, z.imag, -z, complex("1+2j"))
print(cmath.phase(-1), cmath.polar(1j), cmath.exp(1j * math.pi).real, 1j ** 2, (2 + 0j) == 2)
print(f"{z:.2f}", repr(complex(0, -0.0)), complex(1.5, -2), 3 + 0j, str(1e20j))


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return f"Version({self.text!r})"


versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(versions), max(versions), Version("1.0") >= Version("0.99"), len(set(versions)))


def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = "pear fig banana kiwi apple date plum".split()
print(sorted(words, key=cmp_to_key(compare_len_then_alpha)))
print(sorted(words, key=lambda w: (-len(w), w)), sorted(words, key=str.upper, reverse=True)[:3])
largest = sorted(map(str, [3, 30, 34, 5, 9]), key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
print("largest number:", "".join(largest))
print(reduce(operator.mul, range(1, 11)), list(map(operator.itemgetter(1), [(1, "a"), (2, "b")])),
      sorted([(1, 2), (0, 5)], key=operator.itemgetter(1), reverse=True), operator.add("a", "b"))
pow2 = partial(pow, 2)
print([pow2(k) for k in range(10)], partial(int, base=2)("101101"))

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.hypot(3, 4, 12))
print(math.dist((0, 0), (3, 4)), math.atan2(1, -1), math.degrees(math.pi / 3), math.radians(180))
print(math.trunc(-3.7), math.copysign(2, -0.0), math.fmod(-7, 3), -7 % 3, math.modf(3.25), math.frexp(12.0))
print(math.inf > 10**400, math.isnan(float("nan")), math.e, math.tau, math.exp(1), math.sqrt(2) ** 2)
print((0.1).as_integer_ratio(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (1.5).hex(), 7.0 // 2, -7.0 // 2)
print(f"{math.pi:.10f} {math.pi:e} {12345.678:,.1f} {0.000123:g} {1e-5:.3g} {0.5:%} {1234567:e} {255:c}{98:c}")
print(f"{3.0:g} {100000000.0:g} {1e16:g} {123.456:08.2f} {-1.5:+.0f} {2.5:.0f} {0.0001:.2e} {float('nan'):>6}")
print(format(1234.5, "_"), format(10**20, ","), format(0.1, ".17f"), format(1/3, ".3%"), format(-0.0, ".1f"))
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("7.99").quantize(Decimal("1"), rounding=ROUND_DOWN))
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / 3, Decimal(2).sqrt(), Decimal("1.23456789") + 0)
print(Decimal("10") ** 20, Decimal("1.50").normalize(), Decimal("3.14159").as_tuple().exponent, Decimal(0.1))
print(sum([Decimal("0.1")] * 10), Decimal("5") / Decimal("2"), Decimal(-7) // Decimal(2), Decimal(-7) % Decimal(2))
print(f"{Decimal('1234.5'):,.2f}", f"{Fraction(1, 3):.5f}", int(Fraction(-7, 2)))
