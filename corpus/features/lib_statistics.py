import statistics
from fractions import Fraction
from statistics import mean, median, stdev, StatisticsError

print(mean([1, 2, 3]), mean([1, 2, 3, 4]), mean([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3]) / 3,
      mean([Fraction(1, 2), Fraction(1, 3)]), mean([1, Fraction(1, 2)]), mean([1.5, Fraction(1, 2)]),
      mean([True, False, True]), mean(iter([1, 2])), mean(range(10)), mean([10 ** 30, 1]))
print(median([3, 1, 2]), median([4, 1, 2, 3]), median([1.5, 2.5]), statistics.median_low([1, 2, 3, 4]),
      statistics.median_high([1, 2, 3, 4]), median(["a", "c", "b"]), median((5,)))
print(statistics.mode([1, 2, 2, 3, 3]), statistics.mode("aabbbc"), statistics.multimode("aabbcc"),
      statistics.multimode([]), statistics.mode([1.0, 1, True, 2]))
print(statistics.variance([1, 2, 3, 4]), statistics.pvariance([1, 2, 3, 4]), stdev([1, 2, 3, 4]),
      statistics.pstdev([1, 2, 3, 4]), statistics.variance([0.1, 0.2, 0.4]),
      stdev([2.5, 3.25, 5.5, 11.25, 11.75]), statistics.variance([Fraction(1, 2), Fraction(3, 4)]),
      stdev([1, 1]), statistics.variance([1, 2, 3], 2), statistics.pvariance([1.0, 2.0], 1.5),
      statistics.pstdev([1.0, 2.0], mu=1.5), stdev([Fraction(1), Fraction(2)]))
print(statistics.fmean([1, 2, 3, 4]), statistics.fmean([0.1, 0.2, 0.3]),
      statistics.fmean([1, 2, 3], weights=[3, 2, 1]),
      statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
      statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10, method="inclusive"),
      statistics.quantiles([1.5, 2.5, 7], n=3))
print(mean([1, float("inf")]), statistics.variance([1.0, float("inf")]), issubclass(StatisticsError, ValueError))

scores = [88, 92, 79, 93, 85, 91, 77, 84, 90, 86]
print(f"mean={mean(scores):.2f} median={median(scores)} stdev={stdev(scores):.4f} var={statistics.variance(scores)}")
print(repr(stdev(scores)), repr(statistics.pstdev(scores)))

for bad in [lambda: mean([]), lambda: median([]), lambda: statistics.mode([]), lambda: statistics.variance([1]),
            lambda: stdev([]), lambda: statistics.pvariance([]), lambda: statistics.pstdev([]),
            lambda: statistics.fmean([]), lambda: mean(["a"]), lambda: statistics.quantiles([1]),
            lambda: statistics.quantiles([1, 2], n=0), lambda: statistics.quantiles([1, 2], method="x"),
            lambda: statistics.median_low([]), lambda: statistics.median_high([])]:
    try:
        print(bad())
    except StatisticsError as e:
        print("StatisticsError", e)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
