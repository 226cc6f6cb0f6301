import os
import os.path as p, sys
from . import a
from .. import b as c
from ...pkg.mod import (d, e as f,)
from __future__ import annotations
from x import *
global g
del a, b[0], c.d, (e, f), [g]
assert x, "msg"
raise
raise E
raise E from None
pass
x = y = z = 1
a, *b = c
[a, b] = (c, d) = e
x += 1; x -= 1; x *= 2; x @= m; x //= 3; x **= 2; x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1; x %= 2; x /= 2
x: int
x: int = 5
(y): str = "s"
a.b: int = 1
a[0]: list[int] = []
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2
while x:
    break
else:
    continue
for i in range(10):
    pass
else:
    pass
for a, (b, c) in x: pass
for *a, b in x: pass
try:
    pass
except ValueError as e:
    pass
except (TypeError, KeyError):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
with a as b, c as (d, e):
    pass
with (a as b, c as d,):
    pass
with (a, b):
    pass
with (yield):
    pass
