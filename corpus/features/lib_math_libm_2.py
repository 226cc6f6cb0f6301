import math

# Full reprs of the libm functions whose last bit differs between musl and glibc for some
# arguments (CPython on Linux uses glibc). Kept apart from lib_math.py, which rounds them.
print(math.sin(0), math.cos(math.pi), math.exp(1), math.log10(1000), math.pow(2, 10), math.atan2(1, 1))
for x in [0.1, 0.5, 1.0, 1.5, 2.0, 3.0, 10.0, 100.0, -0.7, 1e-5]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.tanh(x), math.exp(x))
for x in [-1.0, -0.5, 0.0, 0.3, 0.5, 0.9, 1.0]:
    print(x, math.asin(x), math.acos(x))
for x in [2.0, 3.0, 7.0, 0.001, 12345.678, 1e-300, 1e300]:
    print(x, math.log10(x), math.log(x), math.log2(x), math.sqrt(x))
for x, y in [(2.0, 0.5), (10.0, -3.0), (1.0001, 10000.0), (3.0, 1.5), (0.5, 7.3), (7.0, 1 / 3)]:
    print(x, y, math.pow(x, y), x ** y)
print(math.cbrt(27), math.cbrt(10), math.sinh(0.5), math.cosh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.expm1(1), math.log1p(1), math.exp2(0.5), math.erf(1.5), math.erfc(1.5), math.gamma(0.5), math.lgamma(0.5))
print(math.hypot(1.1, 2.2, 3.3), math.dist((1.1, 2.2), (4.4, 6.6)), math.degrees(1), math.radians(45))
