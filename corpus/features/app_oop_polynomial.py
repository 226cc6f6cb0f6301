from fractions import Fraction
from functools import total_ordering
from itertools import zip_longest
import re


class Polynomial:
    """Dense polynomial with integer or Fraction coefficients, lowest degree first."""

    def __init__(self, coeffs=()):
        coeffs = list(coeffs)
        while coeffs and coeffs[-1] == 0:
            coeffs.pop()
        self.coeffs = tuple(coeffs)

    @classmethod
    def parse(cls, text):
        terms = {}
        for sign, coef, var, power in re.findall(r"([+-]?)\s*(\d*)(x?)(?:\^(\d+))?", text.replace(" ", "")):
            if not (coef or var):
                continue
            c = int(coef) if coef else 1
            if sign == "-":
                c = -c
            p = int(power) if power else (1 if var else 0)
            terms[p] = terms.get(p, 0) + c
        top = max(terms, default=0)
        return cls(terms.get(i, 0) for i in range(top + 1))

    @property
    def degree(self):
        return len(self.coeffs) - 1

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __add__(self, other):
        if isinstance(other, (int, Fraction)):
            other = Polynomial([other])
        if not isinstance(other, Polynomial):
            return NotImplemented
        return Polynomial(a + b for a, b in zip_longest(self.coeffs, other.coeffs, fillvalue=0))

    __radd__ = __add__

    def __neg__(self):
        return Polynomial(-c for c in self.coeffs)

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        if isinstance(other, (int, Fraction)):
            return Polynomial(c * other for c in self.coeffs)
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1) if self.coeffs and other.coeffs else []
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Polynomial(out)

    def __rmul__(self, other):
        return self * other

    def __pow__(self, n):
        result = Polynomial([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, other):
        rem = list(self.coeffs)
        quot = [Fraction(0)] * max(len(rem) - len(other.coeffs) + 1, 0)
        lead = other.coeffs[-1]
        for i in range(len(quot) - 1, -1, -1):
            q = Fraction(rem[i + len(other.coeffs) - 1]) / lead
            quot[i] = q
            for j, c in enumerate(other.coeffs):
                rem[i + j] -= q * c
        return Polynomial(quot), Polynomial(rem)

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def derivative(self):
        return Polynomial(i * c for i, c in enumerate(self.coeffs) if i)

    def __eq__(self, other):
        if isinstance(other, (int, Fraction)):
            return self.coeffs == ((other,) if other else ())
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs

    def __hash__(self):
        return hash(self.coeffs)

    def __bool__(self):
        return bool(self.coeffs)

    def __len__(self):
        return len(self.coeffs)

    def __getitem__(self, i):
        return self.coeffs[i] if i < len(self.coeffs) else 0

    def __iter__(self):
        return iter(self.coeffs)

    def __repr__(self):
        return f"Polynomial({list(self.coeffs)})"

    def __str__(self):
        if not self.coeffs:
            return "0"
        parts = []
        for p in range(self.degree, -1, -1):
            c = self.coeffs[p]
            if c == 0:
                continue
            sign = "-" if c < 0 else "+"
            c = abs(c)
            body = "" if c == 1 and p else str(c)
            if p:
                body += "x" + (f"^{p}" if p > 1 else "")
            parts.append((sign, body))
        first_sign, first = parts[0]
        text = ("-" if first_sign == "-" else "") + first
        return text + "".join(f" {s} {b}" for s, b in parts[1:])


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


p = Polynomial.parse("x^2 - 3x + 2")
q = Polynomial.parse("x - 1")
print(p, "|", q, "|", repr(p), p.degree, len(p))
print(p + q, "|", p - q, "|", p * q, "|", q ** 3)
print(1 + q, "|", 5 - q, "|", 3 * q, "|", q * Fraction(1, 2))
print([p(x) for x in range(5)], p(Fraction(1, 2)), p(0.5))
print(p.derivative(), "|", (q ** 4).derivative())
quot, rem = divmod(p, q)
print(quot, "|", rem, "|", p // q, "|", Polynomial.parse("x^3 + 1") % q)
print(divmod(Polynomial.parse("2x^2 + 3x + 1"), Polynomial.parse("2x")))
print(p == Polynomial([2, -3, 1]), p - p == 0, bool(p - p), Polynomial() == 0, p != q)
print(len({p, Polynomial([2, -3, 1]), q}), p[1], p[10], list(p), sum(Polynomial([i]) for i in range(4)))
print(Polynomial.parse("-x^3 + 4x - 7"), Polynomial.parse("3"), Polynomial.parse("x + x + x"))
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2.0") >= Version("10.0"))
print(Version("1.0") > Version("0.99"), Version("1.0") != Version("1.0.0"))
