import math
print(math.sqrt(2), math.pi, math.e, math.floor(-2.5), math.ceil(2.1), math.inf > 1e308)
print(math.isnan(float("nan")), math.isclose(0.1 + 0.2, 0.3), math.fabs(-3), math.trunc(-3.7))
print(math.gcd(12, 18), math.factorial(20), math.log(math.e), math.log10(1000), math.hypot(3, 4))
print(math.sin(0), math.cos(math.pi), math.atan2(1, 1), math.exp(1), math.pow(2, 10), math.comb(10, 3))
print(math.isqrt(99), math.lcm(4, 6), math.copysign(3, -0.0), math.fsum([0.1] * 10), math.degrees(math.pi))
