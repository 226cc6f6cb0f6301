# geometric/harmonic means, covariance, correlation, linear regression and math.sumprod,
# with their errors, as CPython 3.12 computes them (sumprod's single rounding included).
import math
import statistics
from fractions import Fraction

print(statistics.geometric_mean([54, 24, 36]))
print(statistics.geometric_mean([1.1, 1.05, 0.98, 1.2]))
print(statistics.geometric_mean(x for x in (2, 8)))
print(statistics.geometric_mean([10 ** 300, 10 ** 305]))
for bad in ([], [3, 0, 4], [2, -1]):
    try:
        statistics.geometric_mean(bad)
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)

print(statistics.harmonic_mean([40, 60]))
print(statistics.harmonic_mean([2.5, 3, 10]))
print(statistics.harmonic_mean([40, 60], weights=[5, 30]))
print(statistics.harmonic_mean([Fraction(1, 2), Fraction(1, 3)]))
print(statistics.harmonic_mean([7]), statistics.harmonic_mean([2.5]))
print(statistics.harmonic_mean([1, 0, 3]), statistics.harmonic_mean([5, 3], weights=[0, 2]))
for data, weights in (([], None), ([1, -2], None), ([-1], None), ([1, 2], [1]), ([1, 2], [1, -1])):
    try:
        statistics.harmonic_mean(data, weights)
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
try:
    statistics.harmonic_mean(["a"])
except TypeError as e:
    print("TypeError:", e)

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(statistics.covariance(x, y), statistics.covariance([0.1, 0.2, 0.4], [1, 3, 2]))
print(statistics.correlation(x, x), statistics.correlation(x, x[::-1]))
print(statistics.correlation([0.3, 1.7, 2.2, 4.9], [10.0, 12.5, 11.1, 19.8]))
print(statistics.correlation([5, 1, 3, 3, 9], [2, 7, 4, 4, 1], method="ranked"))
print(statistics.correlation(x, [v * v for v in x], method="ranked"))
lr = statistics.linear_regression([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1])
print(lr, lr.slope, lr.intercept, round(lr.slope * 6 + lr.intercept, 6))
print(statistics.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
slope, intercept = statistics.linear_regression(x, y)
print(f"{slope:.6f} {intercept:.6f}")
for call in (
    lambda: statistics.correlation([1, 2], [3]),
    lambda: statistics.correlation([1], [3]),
    lambda: statistics.correlation([1, 1, 1], [1, 2, 3]),
    lambda: statistics.covariance([1], [2]),
    lambda: statistics.linear_regression([2, 2, 2], [1, 2, 3]),
    lambda: statistics.linear_regression([1, 2], [1, 2, 3]),
):
    try:
        call()
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
try:
    statistics.correlation(x, y, method="kendall")
except ValueError as e:
    print("ValueError:", e)
try:
    statistics.correlation(iter(x), y)
except TypeError as e:
    print("TypeError:", e)

print(statistics.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.1, 0.2]))
print(statistics.fmean([1, 2, 3], [1, 1, 2]))
print(math.sumprod([0.1] * 10, [1.0] * 10), sum([0.1] * 10))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([2 ** 62, 2 ** 62], [4, 4]))
print(math.sumprod([Fraction(1, 3), 2], [3, 0.5]), math.sumprod([1e308, 1e308, -1e308], [10, 1, -10]))
print(math.sumprod([True, 2.5], [3, 2]), math.sumprod([], []), math.sumprod([1e305, 3.0], [1e-5, 2.0]))
try:
    math.sumprod([1, 2], [1])
except ValueError as e:
    print("ValueError:", e)
