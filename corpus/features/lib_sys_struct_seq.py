# sys.version_info, sys.float_info and sys.int_info are struct sequences: tuples with named,
# read-only fields and a repr that names them.
import sys

print(sys.version_info >= (3, 8), sys.version_info < (3, 13), sys.version_info[:2])
print(sys.version_info.major, sys.version_info.minor, sys.version_info[0])
major, minor, *rest = sys.version_info
print(major, minor, rest, len(sys.version_info))
print(f"Python {sys.version_info.major}.{sys.version_info.minor}")
print(sys.version_info)
print(sys.float_info)
print(sys.int_info)
print(repr(sys.float_info.epsilon), sys.float_info.dig, sys.float_info[8])
print(tuple(sys.int_info), type(sys.float_info).__name__)
print(isinstance(sys.version_info, tuple), sys.version_info == (3, 12, 1, "final", 0))
print(".".join(str(p) for p in sys.version_info[:3]))
try:
    sys.version_info.major = 4
except AttributeError as e:
    print("AttributeError:", e)
