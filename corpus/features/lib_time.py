# The time module's clocks: values differ run to run, so only their types, order and
# arithmetic are printed; sleep's argument checking prints CPython's messages.
import time

start = time.perf_counter()
total = sum(i * i for i in range(20000))
elapsed = time.perf_counter() - start
print("sum", total, "elapsed is a float >= 0:", isinstance(elapsed, float) and elapsed >= 0)

t = time.time()
print("time() is a float after 2024:", type(t).__name__, t > 1.7e9)
ns = time.time_ns()
print("time_ns() is an int:", type(ns).__name__, ns > 1.7e18, abs(ns / 1e9 - t) < 60)

m1 = time.monotonic()
time.sleep(0.02)
m2 = time.monotonic()
print("slept at least 0.015 s:", m2 - m1 >= 0.015)
print("monotonic_ns is an int:", isinstance(time.monotonic_ns(), int))
print("perf_counter_ns grows:", time.perf_counter_ns() <= time.perf_counter_ns())
print("sleep(0) returns", time.sleep(0))

for bad in (-1, "1", None, float("nan")):
    try:
        time.sleep(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def timed(f, *args):
    t0 = time.perf_counter()
    result = f(*args)
    return result, time.perf_counter() - t0


result, took = timed(sorted, [5, 3, 1, 4])
print(result, took < 5.0)
