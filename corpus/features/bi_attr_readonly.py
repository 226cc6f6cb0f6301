# Assigning attributes of built-in values: AttributeError worded by what the type has there.
def attempt(obj, name, value):
    try:
        setattr(obj, name, value)
        print("set", name)
    except AttributeError as e:
        print(type(obj).__name__, name, "->", e)


z = 3 + 4j
attempt(z, "real", 1.0)
attempt(z, "imag", 1.0)
attempt(z, "conjugate", None)
attempt(z, "colour", "red")
attempt(7, "real", 2)
attempt(7, "numerator", 2)
attempt(7, "bit_length", None)
attempt(2.5, "imag", 0.0)
attempt(True, "denominator", 3)
attempt([1, 2], "append", print)
attempt("text", "upper", str.lower)
attempt("text", "size", 4)
attempt({}, "items", None)
attempt(range(5), "start", 1)
attempt(range(5), "stop", 1)
attempt(slice(1, 2), "step", 1)
attempt((1,), "count", 0)
try:
    z.real = 9.0
except AttributeError as e:
    print("statement:", e)
print(z, z.real)


class Box:
    pass


b = Box()
attempt(b, "size", 3)
print(b.size)
