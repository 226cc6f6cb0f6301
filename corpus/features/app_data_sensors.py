"""Sensor readings: CSV with a custom dialect, time buckets, anomalies, float edge cases."""
import csv
import io
import math
import pprint
from collections import Counter, OrderedDict, defaultdict, namedtuple
from datetime import datetime, timedelta
from functools import reduce
from itertools import accumulate, groupby, islice, pairwise, zip_longest
from operator import attrgetter, itemgetter

DATA = """sensor|ts|value|unit
t-01|2024-05-01 00:00|21.5|C
t-01|2024-05-01 00:15|21.7|C
t-02|2024-05-01 00:00|19.25|C
t-01|2024-05-01 00:30|nan|C
t-02|2024-05-01 00:15|19.5|C
h-01|2024-05-01 00:00|45|%
h-01|2024-05-01 00:30|47.5|%
t-02|2024-05-01 00:45|35.0|C
t-01|2024-05-01 00:45|21.6|C
h-01|2024-05-01 01:00|inf|%
p-01|2024-05-01 00:00|101325|Pa
p-01|2024-05-01 01:00|101290|Pa
"""

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
Reading = namedtuple("Reading", "sensor ts value unit")

readings = []
for row in csv.reader(io.StringIO(DATA), dialect="pipes"):
    if row[0] == "sensor":
        header = row
        continue
    readings.append(Reading(row[0], datetime.strptime(row[1], "%Y-%m-%d %H:%M"), float(row[2]), row[3]))
print("header:", header, "rows:", len(readings))

valid = [r for r in readings if math.isfinite(r.value)]
bad = [r for r in readings if not math.isfinite(r.value)]
print("invalid:", [(r.sensor, r.ts.strftime("%H:%M"), r.value) for r in bad])

readings_by_sensor = OrderedDict()
for key, grp in groupby(sorted(valid, key=attrgetter("sensor", "ts")), key=attrgetter("sensor")):
    readings_by_sensor[key] = list(grp)
readings_by_sensor.move_to_end("h-01")
print("order:", list(readings_by_sensor))

for sensor, rs in readings_by_sensor.items():
    values = [r.value for r in rs]
    deltas = [round(b - a, 3) for a, b in pairwise(values)]
    avg = math.fsum(values) / len(values)
    spread = max(values) - min(values)
    print(f"{sensor:>5}: n={len(rs)} avg={avg:9.3f} spread={spread:<8g} deltas={deltas}")
    gaps = [b.ts - a.ts for a, b in pairwise(rs) if b.ts - a.ts > timedelta(minutes=15)]
    if gaps:
        print(f"       gaps: {', '.join(str(g) for g in gaps)}")

temps = [r.value for r in readings_by_sensor["t-02"]]
mean = sum(temps) / len(temps)
sd = math.sqrt(sum((t - mean) ** 2 for t in temps) / len(temps))
print(f"t-02 mean={mean} sd={sd:.4f} z={[round((t - mean) / sd, 2) for t in temps]}")
print("running max:", list(accumulate(temps, max)), "running sum:", list(accumulate(temps, initial=0)))

per_quarter = defaultdict(Counter)
for r in valid:
    slot = r.ts.replace(minute=r.ts.minute // 30 * 30)
    per_quarter[slot.strftime("%H:%M")][r.unit] += 1
pprint.pprint({k: dict(v) for k, v in sorted(per_quarter.items())}, width=40)

units = Counter(r.unit for r in readings)
units_valid = Counter(r.unit for r in valid)
print("dropped per unit:", units - units_valid, "| total:", units.total(), "| union:", units | units_valid)

formats = [0.0, -0.0, 1e16, 1.5e-7, 123456789.125, float("inf"), -float("inf"), float("nan"), 2 ** 0.5, 1 / 3]
for x in formats:
    print(f"{x!r:>22} | {x:>12.3g} | {x:>+14.2f} | {x:e} | {str(x):>20}")
print(f"{12345.6789:,.2f} {0.000123:.2%} {-42:08d} {42:+06.1f} {7:#x} {255:#010b} {1234567:_}")
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.45, 1), round(-0.0), round(1e16 + 1))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1e-10, 0, abs_tol=1e-9))
print(repr(1e16), repr(1e-5), repr(123e-310), str(1.0), 1e22, 10 ** 16 * 1.0, float("-0"))

pairs = list(zip_longest(["a", "b", "c"], [1, 2], fillvalue="?"))
print(pairs, list(islice(valid, 2, 4)) == valid[2:4])
try:
    list(zip(["a", "b", "c"], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
product = reduce(lambda a, b: a * b, (r.value for r in valid if r.unit == "%"), 1)
print("product:", product, "max by value:", max(valid, key=itemgetter(2)).sensor)
