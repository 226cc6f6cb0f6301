# math in typed code: module functions and constants called directly.
import math
from math import sqrt, pi, floor


def norm(x: float, y: float) -> float:
    return math.sqrt(x * x + y * y)


def circle(r: float) -> float:
    return pi * r * r


print(norm(3.0, 4.0), sqrt(2), math.sqrt(True))
print(circle(2.0), math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sin(0.5), math.cos(0.5), math.atan2(1.0, 2.0), math.exp(1), math.log(10.0))
print(math.hypot(3.0, 4.0), math.fabs(-2), floor(2.5), math.ceil(-2.5), math.floor(-0.5))
print(f"{math.tan(1.0):.12f} {math.asin(0.5):.12f} {math.acos(0.5):.12f} {math.atan(1.0):.12f}")
try:
    print(math.sqrt(-1.0))
except ValueError as e:
    print("ValueError:", e)
try:
    print(math.log(0.0))
except ValueError as e:
    print("ValueError:", e)
try:
    print(math.exp(1000.0))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(math.floor(math.inf))
except OverflowError as e:
    print("OverflowError:", e)
print(math.floor(1e300) > 10 ** 299)
