# complex numbers: literals, construction, arithmetic, comparison, hashing, errors
import math

z = 3 + 4j
w = complex(1, -2)
print(z, w, 2j, 1.5e3j, -1j, 0j, -0j)
print(repr(complex(-0.0, -1.0)), repr(complex(1e20, 1)), repr(complex(float("nan"), float("inf"))))
print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2.5), complex(z), complex(1j, 1j))
print(complex("1+2j"), complex(" ( -1.5-2.5J ) "), complex("j"), complex("-j"), complex("3"), complex("1e3-1e-3j"))
print(complex("inf-nanj"), complex("1_000+2_0j"), complex(real=1, imag=3))
for bad in ["1+", "1+2", "(1+2j", "1+2jj", "", "1 + 2j", "1__0j", "x"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", bad, e)
for args in [("1", 2), (1, "2"), ([],), (None,)]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError", e)

print(z.real, z.imag, z.conjugate(), abs(z), abs(w), abs(-2j))
print(z + w, z - w, z * w, z / w, -z, +z)
print(z + 1, 1 + z, z - 2.5, 2.5 - z, z * 2, 2 * z, z / 2, 2 / z, True + z)
print(z ** 2, z ** -1, z ** 0, z ** 0.5, 2 ** z, z ** w, pow(z, 3), (1 + 1j) ** 100)
print(1j ** 2, (-1) ** 0.5, (-8) ** (1 / 3), 2 * complex(float("inf"), 0))
print(sum([1j, 2, 3.5, 1 + 1j]), sum([z, w], 0j))
acc = 0j
for k in range(5):
    acc += complex(k, -k)
    acc *= 1 + 0.5j
print(acc)

print(z == 3 + 4j, z != w, 1 + 0j == 1, 1.5 + 0j == 1.5, 2j == 2, z == "z", (2**53 + 1) + 0j == 2**53 + 1)
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(1 + 2j), hash(-1j), hash(complex(-1, 0)))
print({1 + 0j: "a", 2j: "b"}[1], {1, 1 + 0j, 1.0, 2j, 2j}, (1 + 2j) in [1, 1 + 2j])
print(bool(0j), bool(1j), bool(complex(0, -0.0)), isinstance(z, complex), type(z).__name__, type(z) is complex)
print(isinstance(1, complex), complex.__name__, str(complex), repr(w), str(w), [z, w], (z,))

def fails(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)

fails("lt", lambda: z < w)
fails("ge int", lambda: z >= 1)
fails("floordiv", lambda: z // 2)
fails("rfloordiv", lambda: 2 // z)
fails("mod", lambda: z % 2)
fails("divmod", lambda: divmod(z, 2))
fails("int", lambda: int(z))
fails("float", lambda: float(z))
fails("round", lambda: round(z))
fails("sqrt", lambda: math.sqrt(z))
fails("div0", lambda: z / 0)
fails("div0j", lambda: 1 / 0j)
fails("zero pow", lambda: 0j ** -1)
fails("zero cpow", lambda: 0j ** 1j)
fails("pow3", lambda: pow(z, 2, 3))
fails("overflow", lambda: complex(1e300, 1e300) ** 2.5)
fails("abs big", lambda: abs(complex(1e308, 1e308)))
fails("abs huge", lambda: abs(complex(1.7e308, 1.7e308)))
fails("sort", lambda: sorted([1j, 2j]))
fails("invert", lambda: ~z)
fails("and", lambda: z & 1)
fails("index", lambda: [1, 2][1j])
fails("str+", lambda: "a" + z)
