# median_grouped, and the one-parameter statistics functions taking data= by keyword.
import statistics

print(statistics.median_grouped([52, 52, 53, 54]))
print(statistics.median_grouped([1, 3, 3, 5, 7], interval=1))
print(statistics.median_grouped([1, 3, 3, 5, 7], interval=2))
print(statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(statistics.median_grouped([2.5], "3"), statistics.median_grouped(["2", "4", "4"]))
for bad in (lambda: statistics.median_grouped([]), lambda: statistics.median_grouped([1, 2], interval="x")):
    try:
        bad()
    except (statistics.StatisticsError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(statistics.mean(data=[1, 2, 4]), statistics.median(data=[3, 1, 2]), statistics.mode(data="abca"))
print(statistics.median_low(data=[1, 2]), statistics.median_high(data=[1, 2]), statistics.multimode(data=[1, 1, 2, 2]))
for call in (lambda: statistics.mean(), lambda: statistics.mean([1], [2]), lambda: statistics.median(values=[1]),
             lambda: statistics.mode([1], data=[2])):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
