# math functions that CPython takes from glibc's libm, printed with repr on arguments where
# other libms (musl, which wasm32-wasi links) round the last bit differently.
import math
import random

seed = 12345


def next_unit():
    # A small linear congruential generator: deterministic arguments in [0, 1).
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    return (seed >> 11) / 9007199254740992.0


def args(lo, hi, n):
    return [lo + (hi - lo) * next_unit() for _ in range(n)]


def show(name, f, xs):
    out = []
    for x in xs:
        out.append(repr(f(x)))
    for i in range(0, len(out), 6):
        print(name, " ".join(out[i:i + 6]))


N = 60
show("sin", math.sin, args(-10.0, 10.0, N) + args(-1e6, 1e6, 12) + [1e22, 3.0e300])
show("cos", math.cos, args(-10.0, 10.0, N) + args(-1e6, 1e6, 12) + [1e22, 3.0e300])
show("tan", math.tan, args(-10.0, 10.0, N) + args(-1e6, 1e6, 12) + [1e22])
show("asin", math.asin, args(-1.0, 1.0, N))
show("acos", math.acos, args(-1.0, 1.0, N))
show("atan", math.atan, args(-20.0, 20.0, N) + args(-0.1, 0.1, 12))
show("exp", math.exp, args(-700.0, 700.0, N) + args(-2.0, 2.0, N))
show("exp2", math.exp2, args(-60.0, 60.0, N))
show("expm1", math.expm1, args(-3.0, 3.0, N) + args(-1e-5, 1e-5, 12))
show("log", math.log, args(0.0001, 10.0, N) + args(0.9, 1.1, 24) + args(1.0, 1e300, 12))
show("log2", math.log2, args(0.0001, 10.0, N) + args(0.95, 1.05, 12))
show("log10", math.log10, args(0.0001, 1000.0, N))
show("log1p", math.log1p, args(-0.9, 3.0, N))
show("sinh", math.sinh, args(-25.0, 25.0, N))
show("cosh", math.cosh, args(-25.0, 25.0, N))
show("tanh", math.tanh, args(-3.0, 3.0, N))
show("asinh", math.asinh, args(-50.0, 50.0, N))
show("acosh", math.acosh, args(1.0, 50.0, N))
show("atanh", math.atanh, args(-0.99, 0.99, N))
show("cbrt", math.cbrt, args(-1000.0, 1000.0, N))
show("erf", math.erf, args(-3.0, 3.0, N))
show("erfc", math.erfc, args(-2.0, 6.0, N))
show("gamma", math.gamma, args(0.1, 30.0, 24))
show("lgamma", math.lgamma, args(0.1, 100.0, 24))

ys = args(-3.0, 3.0, N)
xs = args(-3.0, 3.0, N)
print("atan2", " ".join(repr(math.atan2(ys[i], xs[i])) for i in range(N)))
bases = args(0.01, 20.0, N)
exps = args(-30.0, 30.0, N)
print("pow", " ".join(repr(math.pow(bases[i], exps[i])) for i in range(N)))
print("starstar", " ".join(repr(bases[i] ** exps[i]) for i in range(N)))
print("halves", " ".join(repr(b ** 0.5) + " " + repr(b ** 1.5) + " " + repr(b ** -2.5) for b in bases[:20]))
print("ints", [2.0 ** k for k in range(-5, 6)], [(-1.5) ** k for k in range(-4, 5)], 10.0 ** -5, 1.1 ** 100)

random.seed(2024)
print("gauss", [random.gauss(0.0, 1.0) for _ in range(8)])
print("normal", [random.normalvariate(5.0, 2.0) for _ in range(6)])
print("expo", [random.expovariate(1.5) for _ in range(6)])
print("lognorm", [random.lognormvariate(0.0, 0.5) for _ in range(4)])
