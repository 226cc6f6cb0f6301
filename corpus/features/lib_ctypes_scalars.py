# ctypes' fixed-width scalar types: construction, wrapping to the C width, the `value`
# property, CPython's names for the aliases, and the types used as annotations.
from ctypes import (c_int8, c_uint8, c_int16, c_uint16, c_int32, c_uint32, c_int64, c_uint64,
                    c_int, c_long, c_size_t, c_bool, c_float, c_double)
import ctypes


def add_bytes(x: c_int8, y: c_int8) -> int:
    return x + y


for t in [c_int8, c_uint8, c_int16, c_uint16, c_int32, c_uint32, c_int64, c_uint64, c_size_t]:
    print(t.__name__, t(300).value, t(-1).value, repr(t(7)), repr(t()))

print(c_int8(200).value, c_uint8(-56).value, c_int64(2**64 + 5).value, c_int(True).value)
counter = c_int16(32767)
counter.value = counter.value + 1
print(counter.value, counter)
print(c_bool(5).value, c_bool(0), c_float(0.1).value, c_double(2).value, c_double(1.5))
print(ctypes.c_ulonglong is c_uint64, ctypes.c_longlong is c_long, c_int32 is c_int)
print(add_bytes(3, 4), c_int(3) == c_int(3))

for bad in [lambda: c_int(1.5), lambda: c_int("7"), lambda: c_double("x"), lambda: c_int(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
