#!/usr/bin/env python3
"""Writes data/float_shortest.txt: `<bits hex> <repr>` per line for floats whose shortest digits
are hard to get right (decimal ties, powers of two, subnormals, boundaries, short decimals),
from CPython's own repr. Run with CPython 3.12: python3 gen_float_shortest.py"""
import random, struct
from pathlib import Path

def bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]

rng = random.Random(1234)
values = set()
for e in range(-1074, 1024):
    values.add(2.0 ** e)
    if -1022 <= e:
        values.add(2.0 ** e * (1 + 2 ** -52))
        values.add(2.0 ** e * (2 - 2 ** -52))
for n in range(1, 600):
    values.add(n / 8)
    values.add(n / 1024)
    values.add(n * 0.5 ** 20)
    values.add(float(n) * 10 ** rng.randint(-30, 30))
for _ in range(1000):
    digits = rng.randint(1, 17)
    values.add(float(f"{rng.randint(1, 10**digits)}e{rng.randint(-330, 300)}"))
    values.add(struct.unpack('<d', struct.pack('<Q', rng.getrandbits(52) | (rng.randint(1, 2046) << 52)))[0])
    values.add(struct.unpack('<d', struct.pack('<Q', rng.getrandbits(52)))[0])
values.update([5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
               9007199254740993.0, 0.1, 0.3, 1e22, 1e23, 123456789012345678.0])
values = sorted(v for v in values if v > 0 and v != float('inf'))
out = Path(__file__).parent / "data" / "float_shortest.txt"
out.write_text("".join(f"{bits(v):016x} {v!r}\n" for v in values))
print(len(values), "values written to", out)
