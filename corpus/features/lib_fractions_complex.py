# Fractions meeting complex numbers: arithmetic goes complex (floor division and modulo are
# complex's TypeErrors), equality with a real complex, no ordering.
from fractions import Fraction as F
h = F(1, 2)
z = 1 + 2j
for r in (h + z, z + h, h - z, z - h, h * z, z * h, h / z, z / h, h ** z, z ** h, h ** 2j):
    print(r)
print(h == 0.5 + 0j, h == 0.5 + 1j, 0.5 + 0j == h, h != z)
for f in (lambda: h // z, lambda: z % h, lambda: divmod(h, z), lambda: h < z, lambda: z > h):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
