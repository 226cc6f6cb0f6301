# cmath on finite arguments: roots, exponentials, logarithms, trigonometry, polar form
import cmath
from cmath import pi, e, tau, inf, nan, infj, nanj

print(pi, e, tau, inf, nan, infj, nanj)
points = [1 + 1j, -2 + 0.5j, 3 - 4j, 0.25j, -1, 2, 1e-310 + 1e-310j, 1e300 - 1e300j, complex(-0.0, -0.0)]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    row = []
    for z in points:
        try:
            row.append(repr(f(z)))
        except (ValueError, OverflowError) as err:
            row.append(type(err).__name__ + ": " + str(err))
    print(name, " ".join(row))

for z in points:
    print(cmath.phase(z), cmath.polar(z), abs(z))
print(cmath.rect(2, pi / 3), cmath.rect(1, 0), cmath.rect(-1.5, -0.0), cmath.rect(3, 1e10))
print(cmath.log(8, 2), cmath.log(1j, 1 + 1j), cmath.log(100, 10), cmath.log(-1))
print(cmath.sqrt(-1), cmath.sqrt(-4.0), cmath.sqrt(2), cmath.sqrt(1e-320), cmath.exp(1j * pi))
print(cmath.isclose(1 + 1j, 1 + 1.000000001j), cmath.isclose(1, 1.1), cmath.isclose(1j, 1.05j, rel_tol=0.1),
      cmath.isclose(0, 1e-12, abs_tol=1e-9), cmath.isclose(inf, inf), cmath.isclose(infj, 1))
print(cmath.isfinite(1 + 1j), cmath.isfinite(complex(1, inf)), cmath.isinf(infj), cmath.isnan(nanj), cmath.isnan(1))

# roots of a*x**2 + b*x + c with a negative discriminant
for a, b, c in [(1, 2, 5), (2, -3, 7), (1, 0, 1), (1, -2, 1)]:
    d = cmath.sqrt(b * b - 4 * a * c)
    print((-b + d) / (2 * a), (-b - d) / (2 * a))

for label, call in [("log0", lambda: cmath.log(0)), ("exp", lambda: cmath.exp(1000)), ("atanh1", lambda: cmath.atanh(1)),
                    ("base1", lambda: cmath.log(2, 1)), ("str", lambda: cmath.sqrt("x")), ("cosh", lambda: cmath.cosh(800 + 1j)),
                    ("tol", lambda: cmath.isclose(1, 2, rel_tol=-1))]:
    try:
        print(label, call())
    except (ValueError, OverflowError, TypeError) as err:
        print(label, type(err).__name__ + ":", err)
