import math
from fractions import Fraction
from decimal import Decimal, getcontext


def digits_sum(n):
    return sum(int(d) for d in str(n))


def to_base(n, b):
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(alphabet[r])
    return sign + "".join(reversed(out))


def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


f100 = math.factorial(100)
print("100! has", len(str(f100)), "digits, digit sum", digits_sum(f100))
print("trailing zeros:", len(str(f100)) - len(str(f100).rstrip("0")))
print("2**1000 digit sum:", digits_sum(2 ** 1000))
n = 2 ** 127 - 1
print("M127 =", n, "prime?", is_probable_prime(n), "bits", n.bit_length())
print("hex:", hex(n), "oct:", oct(255), "bin:", bin(-10))
print(f"{n:_x}", f"{255:#010b}", f"{1234567890123:,}", f"{-42:+08d}")
for b in (2, 7, 16, 36):
    s = to_base(n, b)
    assert int(s, b) == n
    print(f"base {b:2}: {s[:20]}... ({len(s)} digits)")
print(int("-ff", 16), int("0b1011", 0), int("z", 36), int("  42  "), int("1_000"))
print("pow mod:", pow(3, 10**18, 10**9 + 7), pow(2, -1, 97), pow(-3, 3))
print("isqrt:", math.isqrt(10**40 + 12345), math.isqrt(99))
print("gcd/lcm:", math.gcd(2**64, 6**30), math.lcm(4, 6, 10), math.gcd())
print("comb/perm:", math.comb(100, 50), math.perm(10, 3), math.comb(5, 7))
print("prod:", math.prod(range(1, 21)), math.prod([]), math.prod([1.5, 2]))
print("divmod:", divmod(-17, 5), divmod(17, -5), -17 // 5, -17 % 5, 7 % -3, divmod(-7.5, 2))
print("big divmod:", divmod(-(10**30) - 7, 10**12 + 3))
print("shifts:", 1 << 100, (1 << 100) >> 98, -1 >> 5, ~0xFF, 0xF0 ^ 0x3C, 0b1100 & 0b1010 | 1)
print("popcount:", bin(2**100 - 1).count("1"), (255).bit_count(), (-8).bit_length())
print("bytes:", (1024).to_bytes(4, "big"), int.from_bytes(b"\x01\x00", "little"))

# Fractions: Egyptian fractions and harmonic numbers
h = sum(Fraction(1, k) for k in range(1, 21))
print("H20 =", h, "~", float(h))


def egyptian(fr):
    parts = []
    while fr.numerator != 0:
        d = -(-fr.denominator // fr.numerator)
        parts.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return parts


print("4/13 =", " + ".join(str(p) for p in egyptian(Fraction(4, 13))))
x = Fraction(3, 7)
print(x + 1, x * x, x / Fraction(6, 5), x ** 2, -x, abs(-x), x < 0.5, round(Fraction(7, 2)))
print(Fraction("0.125"), Fraction(1.5), Fraction(10, -4), repr(Fraction(2, 6)))
print(Fraction(355, 113).limit_denominator(10), math.floor(Fraction(-7, 2)))

getcontext().prec = 50
root2 = Decimal(2).sqrt()
print("sqrt2 =", root2)
getcontext().prec = 28
price = Decimal("19.99")
qty = 3
total = price * qty
tax = (total * Decimal("0.0825")).quantize(Decimal("0.01"))
print(f"total {total} tax {tax} grand {total + tax}")
print(Decimal("1.10") + Decimal("2.205"), Decimal(1) / Decimal(7), Decimal("-0.0"), Decimal("1e3"))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(0.125, 2))
print(math.log(1024, 2), math.log10(1e-5), math.log2(2**60), math.floor(-2.5), math.ceil(-2.5))
print(1e16, 1e-7, 0.1 + 0.2, 2.0**0.5, float("inf") - 1, -0.0, 1/3, 123456789012345678.0)
