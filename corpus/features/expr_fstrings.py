name = "Ada"
pi = 3.14159265
n = 1234567
items = ["x", 'y\'s']
print(f"Hello, {name}! len={len(name)} upper={name.upper()}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:^10.2f}| {pi:+.0f} {pi:e} {pi:.3e} {pi:%}")
print(f"{n:,} {n:_} {n:>12,} {n:012d} {n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b}")
print(f"{name:>8}|{name:<8}|{name:^8}|{name:*^9}|{name:.2}")
print(f"{name!r} {name!s} {items!r} {items} {items[1]!r}")
print(f"{'nested':>{10}} {3 + 4 = } {n % 100=}")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|")
print(f"{{literal braces}} {name}{{}}")
print(f"{-42:5d}|{42:<5d}|{-0.5:.0f}|{2.5:.0f}|{1e20:.2f}|{1e-7:g}|{123456789.0:g}")
print(f"{True} {None} {[1, 'a']} {(1,)} {{1: 'b'}}")
print(f"{0.1 + 0.2} {1/3} {2/3:.5} {100.0} {1e16} {float('inf')} {-float('nan')}")
print(f"{'é':^5}|{'日本':>4}|")
