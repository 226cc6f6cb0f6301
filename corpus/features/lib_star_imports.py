# from <standard-library module> import * binds what CPython binds.
from math import *
from decimal import *
from collections import *
print(sqrt(16), pi, floor(2.5), gcd(12, 18), inf > 10**300)
print(Decimal("1.1") + Decimal("2.2"), getcontext().prec, ROUND_HALF_UP)
c = Counter("abracadabra")
print(c.most_common(2), deque([1, 2, 3], maxlen=2), OrderedDict(a=1))
print(isclose(Decimal("1.0"), 1), sqrt(Decimal(2)), floor(Decimal("-2.5")))
