# Random decimal operations under random precisions and rounding modes, compared with CPython.
import random
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP, InvalidOperation, DivisionByZero

rng = random.Random(12345)
ROUNDS = [ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]

def rand_dec():
    k = rng.randrange(10)
    if k == 0:
        return Decimal(rng.choice(["0", "-0", "0.00", "1E+3", "-1E-5", "Infinity", "-Infinity", "NaN", "5", "0.5"]))
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randrange(1, 35)))
    exp = rng.randrange(-40, 40)
    sign = rng.choice(["", "-"])
    return Decimal(f"{sign}{digits}E{exp}")

def show(f):
    try:
        return repr(f())
    except (InvalidOperation, DivisionByZero) as e:
        return type(e).__name__ + str(e)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

for i in range(300):
    a, b = rand_dec(), rand_dec()
    prec = rng.choice([28, 28, 5, 9, 40, 1, 3])
    rounding = rng.choice(ROUNDS)
    with localcontext(prec=prec, rounding=rounding):
        out = [show(lambda: a + b), show(lambda: a - b), show(lambda: a * b), show(lambda: a / b),
               show(lambda: a // b), show(lambda: a % b), show(lambda: divmod(a, b)),
               show(lambda: a < b), show(lambda: a == b), show(lambda: -a), show(lambda: abs(b)), show(lambda: +a),
               show(lambda: a.sqrt()), show(lambda: a.normalize()), show(lambda: a.quantize(b)),
               show(lambda: a.to_integral_value()), show(lambda: a ** rng.randrange(-4, 6)),
               show(lambda: round(a, rng.randrange(-3, 6))), show(lambda: str(a)), show(lambda: a.to_eng_string()),
               show(lambda: hash(a) if not a.is_nan() else 0), show(lambda: float(a)), show(lambda: int(a)),
               show(lambda: a.max(b)), show(lambda: a.min(b)), show(lambda: a.compare(b)), show(lambda: a.remainder_near(b)), show(lambda: a.as_tuple()),
               show(lambda: a.as_integer_ratio()), show(lambda: a + rng.randrange(-1000, 1000)),
               show(lambda: format(a, rng.choice(["", ".3f", ",.2f", "e", ".5g", "12.4", "%", ".1%", "+.2e", "<15.3f", "010.2f", "G", ".0f", ".2"])))]
    print(i, prec, rounding, repr(a), repr(b), " | ".join(out))
print(getcontext())
