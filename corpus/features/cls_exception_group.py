class ValidationError(Exception):
    pass

def validate(records):
    errors = []
    for i, r in enumerate(records):
        if not isinstance(r, int):
            errors.append(TypeError(f"record {i}: not an int: {r!r}"))
        elif r < 0:
            errors.append(ValueError(f"record {i}: negative: {r}"))
    if errors:
        raise ExceptionGroup("validation failed", errors)
    return sum(records)

try:
    validate([1, -2, "x", 4, -5])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])

eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(eg.message, len(eg.exceptions))
print(repr(eg))
print(str(eg))
vals = eg.subgroup(ValueError)
print(repr(vals))
match, rest = eg.split(TypeError)
print(repr(match), repr(rest))
print(eg.subgroup(KeyError))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(validate([1, 2, 3]))
