pi = 3.14159265358979
n = 42
name = "Ada"
print(f"{pi:.3f} {pi:10.2f}| {pi:e} {pi:g} {n:>6} {n:<6}| {n:x} {n:08b} {n:,}")
print(f"{name!r:>8} {name:*^9} {name:.2} {-n:+d} {1e20:.1f} {0.5:.0%}")
w = 7
print(f"{n:{w}}|{pi:.{2}f}|{True}|{True:>5}|{[1, 2]}|{None}")
print(f"{{literal}} {n * 2} {'nested'}")
print(1e100, 1.5e-10, 2.0 ** 0.5, 10.0 ** 15, 10.0 ** 16, 123.456e5)
