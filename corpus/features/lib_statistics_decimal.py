# statistics over Decimal money values: results stay Decimal (divided in the current context),
# mixing with floats or Fractions raises CPython's TypeError (whose message names the two
# types in the order of a set of types, so only its type is printed).
import statistics
from decimal import Decimal, localcontext
from fractions import Fraction

prices = [Decimal("19.99"), Decimal("5.25"), Decimal("7.10"), Decimal("12.00"), Decimal("5.25")]
print(statistics.mean(prices), statistics.median(prices), statistics.mode(prices))
print(statistics.median_low(prices), statistics.median_high(prices), statistics.multimode(prices))
print(statistics.mean([Decimal("1"), Decimal("2"), Decimal("2")]))
print(statistics.mean([Decimal("10.5"), 3, True]))
print(statistics.variance(prices), statistics.pvariance(prices))
print(statistics.quantiles(prices, n=4))
print(statistics.harmonic_mean([Decimal("2"), Decimal("4")]))
with localcontext() as ctx:
    ctx.prec = 5
    print(statistics.mean([Decimal(1), Decimal(2), Decimal(2)]))
for bad in ([Decimal("1.5"), 2.5], [0.5, Decimal("1")], [Decimal(1), Fraction(1, 2)]):
    try:
        statistics.mean(bad)
    except TypeError:
        print("TypeError")
