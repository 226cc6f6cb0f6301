import math

# Functions whose last bit may differ between libms are printed rounded here; their full reprs
# are in lib_math_libm.py.
print(math.sqrt(2), math.pi, math.e, math.tau, math.floor(-2.5), math.ceil(2.1), math.inf > 1e308)
print(math.isnan(float("nan")), math.isclose(0.1 + 0.2, 0.3), math.fabs(-3), math.trunc(-3.7))
print(math.gcd(12, 18), math.factorial(20), math.log(math.e), round(math.log10(1000), 12), math.hypot(3, 4))
print(round(math.sin(0), 12), round(math.cos(math.pi), 12), round(math.atan2(1, 1), 12), round(math.exp(1), 12))
print(math.pow(2, 10), math.comb(10, 3), math.isqrt(99), math.lcm(4, 6), math.copysign(3, -0.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.degrees(math.pi), math.radians(180))
print(f"{math.sin(1):.12f} {math.cos(1):.12f} {math.tan(1):.12f} {math.asin(0.5):.12f} {math.acos(0.5):.12f}")
print(f"{math.atan(2):.12f} {math.tanh(0.5):.12f} {math.sinh(1):.12f} {math.cosh(1):.12f} {math.exp(-3):.12f}")
print(f"{math.log(10):.12f} {math.log(8, 2):.12f} {math.log2(1024)} {math.log1p(1e-10):.12e} {math.expm1(1e-10):.12e}")

# constants
print(math.inf, -math.inf, math.nan, math.isinf(math.inf), math.isfinite(1e308), math.isnan(math.nan))
print(math.inf == float("inf"), math.nan == math.nan, math.pi * 2 == math.tau)

# isclose
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)

# fsum
print(math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]), math.fsum(range(10)), math.fsum([0.1, 0.2, 0.3]))
print(math.fsum([1e308, -1e308, 1e308]), math.fsum([math.inf, 1.0]))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError:", e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("OverflowError:", e)

# comb / perm / factorial
print(math.comb(5, 0), math.comb(5, 6), math.comb(52, 5), math.comb(100, 50), math.comb(10, 10))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(5, 7), math.perm(30, 20))
print(math.factorial(0), math.factorial(1), math.factorial(30), len(str(math.factorial(500))))
for bad in [lambda: math.comb(-1, 2), lambda: math.comb(5, -2), lambda: math.perm(-3, 1),
            lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(5.0, 2),
            lambda: math.factorial(3.0), lambda: math.perm(4, -1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# gcd / lcm (any number of arguments)
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, -18, 30), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(0, 5), math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(2**64, 3**40))
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print("TypeError:", e)

# hypot / dist / prod
print(math.hypot(), math.hypot(5), math.hypot(1, 2, 2), math.hypot(-3, 4), math.hypot(3, 4, 12, 84))
print(math.hypot(math.inf, math.nan), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 15]), math.dist((1.5,), (-1.5,)))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError:", e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11), start=2), math.prod([1.5, 2]))
print(math.prod([2] * 70), math.prod(["ab", 3]), math.prod([]), math.prod([], start=5))

# isqrt
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127))
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError:", e)

# copysign / fmod / remainder / modf / frexp / ldexp
print(math.copysign(1, -1), math.copysign(-2.5, 0.0), math.copysign(math.inf, -1), math.copysign(0.0, -0.0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2), math.fmod(-0.0, 1))
print(-7 % 3, math.fmod(1e20, 3), math.fmod(3, math.inf))
print(math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2))
print(math.remainder(10.5, 3), math.remainder(1e20, 7))
print(math.modf(3.75), math.modf(-2.5), math.modf(0.0), math.modf(5), math.modf(math.inf), math.modf(-math.inf))
print(math.frexp(8), math.frexp(0.0), math.frexp(-3.5), math.frexp(1e-310), math.frexp(math.inf))
print(math.ldexp(0.5, 4), math.ldexp(1, -1075), math.ldexp(1, -1074), math.ldexp(-3, 10), math.ldexp(1.0, 1023))
for bad in [lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 2), lambda: math.remainder(1, 0),
            lambda: math.ldexp(1.0, 1024), lambda: math.ldexp(1.0, 10**20), lambda: math.ldexp(1.5, 2.0)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(math.ldexp(1.0, -10**20), math.ldexp(0.0, 10**20))

# trunc / floor / ceil of floats, ints, big values
print(math.floor(2.5), math.floor(-0.5), math.ceil(-0.5), math.ceil(2.000001), math.trunc(2.9), math.trunc(-2.9))
print(math.floor(1e20), math.ceil(-1e20), math.trunc(1.5e30), math.floor(10**30), math.ceil(-(10**30)))
print(type(math.floor(2.5)).__name__, type(math.ceil(2)).__name__, math.floor(True), math.trunc(-0.0))
print(math.floor(2**53 + 0.0), math.ceil(1e300) == 10**300, math.floor(1e300) % 1000)
for bad in [lambda: math.floor(math.inf), lambda: math.ceil(-math.inf), lambda: math.trunc(math.nan),
            lambda: math.floor("3"), lambda: int(math.inf), lambda: math.floor(math.nan)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# domain and range errors
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log10(-5),
            lambda: math.log2(0), lambda: math.acos(2), lambda: math.asin(-1.5), lambda: math.exp(1000),
            lambda: math.pow(10, 400), lambda: math.pow(0, -1), lambda: math.pow(-8, 1 / 3),
            lambda: math.cosh(1000), lambda: math.log(1, 1), lambda: math.log(5, 0), lambda: math.sin(math.inf),
            lambda: math.atanh(1), lambda: math.acosh(0.5), lambda: math.log1p(-1), lambda: math.gamma(0),
            lambda: math.gamma(-2), lambda: math.sqrt("x"), lambda: math.sqrt(), lambda: math.pow(2),
            lambda: math.sqrt(10**400), lambda: math.exp(10**400), lambda: math.factorial(10**30)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(math.log(10**400) > 921, round(math.log(2**1000, 2), 9), math.log2(2**2000), round(math.log10(10**500), 9))
print(math.sqrt(10**300) == 1e150, math.exp(-1000), math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(1, math.nan))
print(math.pow(0.0, 0), math.pow(-2, 2), math.pow(2, -2), math.pow(-0.0, -1) if False else "skip")

# gamma / lgamma / erf
print(math.gamma(5), math.gamma(0.5) == math.sqrt(math.pi), round(math.lgamma(10), 10), math.lgamma(1))
print(round(math.erf(0.5), 12), round(math.erfc(0.5), 12), math.erf(0), math.erfc(0))

# integer-valued helpers on bools and big ints
print(math.gcd(True, 4), math.factorial(True), math.comb(True, True), math.isqrt(True))
print(math.fabs(-(10**20)), math.sqrt(4), math.sqrt(True), math.copysign(10**20, -1))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300))
print(math.cbrt(8), math.exp2(10), math.isfinite(math.nan), math.isinf(-1e308 * 10))
