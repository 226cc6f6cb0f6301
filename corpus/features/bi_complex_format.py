# format() and f-strings of complex numbers
z = 1 + 2j
w = complex(-1.25, -0.5)
print(f"{z}", f"{z:}", f"{z:.2f}", f"{w:.3f}", f"{z:e}", f"{w:.2E}", f"{z:g}", f"{2j:g}")
print(f"{z:10}|", f"{z:<12}|", f"{z:^14}|", f"{z:*>16.1f}|", f"{2j:10}|", f"{w:+.1f}", f"{w: .1f}")
print(f"{z:.3}", f"{2j:.3}", f"{1e20+1j:.4}", f"{complex(1234567.5, -9876543.25):,.2f}", f"{z:n}")
print(format(z, ""), format(0j, ""), format(-0j, ""), format(complex(-0.0, 0.0), ".1f"), format(2j, "+"))
print(format(complex(1, float("nan")), ".2f"), format(complex(float("inf"), -1), "g"), format(z, "#.0f"))
print(f"{complex(0.1, 1/3)!r}", "%s and %r" % (z, w), "{} {:.1f}".format(z, w), str(z).center(12, "-"))
for spec in ["010", "=10", "d", "%", "x", "s", "z.1f"]:
    try:
        print(spec, format(complex(-0.0001, 2), spec))
    except ValueError as e:
        print(spec, "ValueError:", e)
