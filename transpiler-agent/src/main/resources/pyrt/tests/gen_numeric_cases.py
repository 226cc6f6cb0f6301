#!/root/.pyenv/versions/3.12.1/bin/python
"""Generates the CPython-checked case tables under tests/data/ for pyrt's numeric tests
(tests/numeric_*.rs). Run with CPython 3.12 from the pyrt directory:

    /root/.pyenv/versions/3.12.1/bin/python tests/gen_numeric_cases.py

Every expected value in the tables is what this CPython computed. Format, one case per
line, tab-separated: floats are 16 hex digits of their IEEE bits, strings are the hex of
their UTF-8 bytes (so any character survives), ints are decimal, and an expected
exception is `!` followed by the hex of `Type: message`.
"""
import math
import os
import random
import struct
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
rng = random.Random(20240601)


def fbits(x):
    return struct.pack(">d", x).hex()


def fval(h):
    return struct.unpack(">d", bytes.fromhex(h))[0]


def s(text):
    return text.encode("utf-8").hex()


def big_str(v):
    """str(v) without the digit limit (the limit is for the code under test)."""
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(v)
    finally:
        sys.set_int_max_str_digits(old)


def outcome(fn, enc):
    try:
        return enc(fn())
    except Exception as e:  # the exception is the expected value
        return "!" + s("%s: %s" % (type(e).__name__, e))


def interesting_floats(n_random):
    xs = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5,
          1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001, 0.00001234, 123456789012345.0,
          1234567890123456.8, 2.0**53, 2.0**63, 2.0**64, 5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, 0.3, 2.675, 1.005, 0.125, 0.375,
          1e22, 1e23, 9.999999999999999e22, 123.456, 1 / 3, 2 / 3, 100.0, 1e100, 1.5e300]
    for e in range(-325, 309):
        xs.append(float("1e%d" % e))
        xs.append(float("5e%d" % e))
        xs.append(float("9.5e%d" % e))
    for e in range(-1074, 1024, 7):
        xs.append(2.0 ** e)
    for _ in range(n_random):
        bits = rng.getrandbits(64)
        x = struct.unpack(">d", bits.to_bytes(8, "big"))[0]
        if not math.isnan(x):
            xs.append(x)
    for _ in range(n_random // 4):  # subnormals
        xs.append(struct.unpack(">d", rng.getrandbits(52).to_bytes(8, "big"))[0])
    for _ in range(n_random // 2):  # everyday magnitudes and short decimals
        xs.append(round(rng.uniform(-1e6, 1e6), rng.randint(0, 8)))
        xs.append(rng.uniform(-10, 10))
        xs.append(float(rng.randint(-10**17, 10**17)))
        xs.append(rng.randint(-99999, 99999) / 8)
    return xs


def write(name, rows):
    with open(os.path.join(OUT, name), "w") as f:
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(name, len(rows))


def gen_float_repr():
    rows = [(fbits(x), s(repr(x))) for x in interesting_floats(6000)]
    write("float_repr.txt", rows)


FLOAT_SPECS = ["", "f", ".0f", ".1f", ".2f", ".3f", ".10f", ".17f", ".25f", "e", ".0e", ".3e",
               ".16e", "E", "g", ".0g", ".1g", ".3g", ".10g", ".17g", "G", "#g", "#.3g", "#.0f",
               "#.0e", "%", ".1%", ".0%", ".5", ".1", ".12", ".17", "+", " ", "+.3f", " .2e",
               "10", "<12", "^12.3f", "=+12.2f", "012.3f", "015,.2f", ",", ",.2f", "_.3f",
               "_", "z.1f", "z", "z.0f", "*>15.4e", "x<10g", "n", ".3n", "F", ".2F", "#", "#.3",
               ",.0f", "015_.1f", "+015,.2e", "0=10", "=10.1f", "07", "-^9.2f", "#x", ",d",
               ".2d", "s", "c", ".", "10.3.f", "z#015,.3f", "é>9.1f"]


def gen_float_format():
    rows = []
    xs = interesting_floats(400)
    for x in xs:
        for spec in rng.sample(FLOAT_SPECS, 6):
            rows.append((fbits(x), s(spec), outcome(lambda: format(x, spec), s)))
    for spec in FLOAT_SPECS:
        for x in [0.0, -0.0, 1.0, -1.5, math.inf, -math.inf, math.nan, 1234567.891, 0.000123,
                  1e16, 1e300, 2.5, 0.125, -0.0004, 1e-7, 123456789.0, 9.9999, 0.5, 99.5]:
            rows.append((fbits(x), s(spec), outcome(lambda: format(x, spec), s)))
    write("float_format.txt", rows)


def gen_float_ops():
    rows = []
    vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 3.0, -3.5, 7.25, 1e300, -1e300, 5e-324,
            math.inf, -math.inf, math.nan, 10.0, 0.1, -0.3, 1e-310, 2.0**60, 1 / 3]
    vals += [rng.uniform(-100, 100) for _ in range(14)]
    vals += [float(rng.randint(-20, 20)) for _ in range(12)]
    vals += [float(rng.randint(-70, 70)) for _ in range(6)] + [1e-300, 1.5e-160, 3e200, 1.0000001]
    ops = {
        "floordiv": lambda a, b: a // b,
        "mod": lambda a, b: a % b,
        "truediv": lambda a, b: a / b,
        "divmod_q": lambda a, b: divmod(a, b)[0],
        "divmod_r": lambda a, b: divmod(a, b)[1],
        "pow": lambda a, b: a ** b,
    }
    for a in vals:
        for b in vals:
            for name, op in ops.items():
                if name == "pow":
                    def f(a=a, b=b):
                        # Typed code has no complex type: where CPython goes complex, pyrt's
                        # float pow refuses (dynamic code makes the complex before it).
                        try:
                            r = a ** b
                        except OverflowError as e:
                            if "complex" not in str(e):
                                raise
                            r = 1j
                        if isinstance(r, complex):
                            raise NotImplementedError("portalis: a complex result of ** in typed code")
                        return r
                    rows.append((name, fbits(a), fbits(b), outcome(f, fbits)))
                else:
                    rows.append((name, fbits(a), fbits(b), outcome(lambda: op(a, b), fbits)))
    for x in interesting_floats(200)[::2]:
        for n in [None, 0, 1, 2, 3, -1, -2, 5, 10, 15, 20, 300, 323, 324, -308, -309]:
            if n is None:
                rows.append(("round_int", fbits(x), "-", outcome(lambda: round(x), str)))
            else:
                rows.append(("round", fbits(x), str(n), outcome(lambda: round(x, n), fbits)))
        rows.append(("is_integer", fbits(x), "-", str(x.is_integer())))
        rows.append(("hex", fbits(x), "-", s(x.hex())))
        rows.append(("int", fbits(x), "-", outcome(lambda: int(x), str)))
    for k in range(2000):  # ties and near-ties of round(x, n)
        n = rng.randint(0, 6)
        x = rng.randint(-10**7, 10**7) / 10**n + rng.choice([0, 5 / 10**(n + 1)])
        rows.append(("round", fbits(x), str(n), outcome(lambda: round(x, n), fbits)))
    write("float_ops.txt", rows)


PARSE_FLOATS = ["1", "1.5", "  1e5 ", "-.5", "+5.", "1_000.5", "1__0", "_1", "1_", "1e1_0", "1_e5",
                "1._5", "inf", "-Infinity", "NaN", "+nan", "-iNF", "infinit", "nan1", "", " ",
                "1e", "e1", ".", "1.2.3", "0x10", "1e500", "-1e-500", "4.9e-324", "2.4e-324",
                "\t3.25\n", "1 2", "١٢٣", "0.1", "123456789012345678901234567890", "1E+05",
                "1.7976931348623157e308", "1.7976931348623159e308", "9007199254740993",
                "0.000000000000000000000000000000000000001", "--1", "+-1", "1e+", "1.e5", ".e5",
                "00012", "1_2.3_4e+1_0", "\u00a01.5\u2003", "infinity ", " nan", "1d5"]


def gen_parse():
    rows = []
    for t in PARSE_FLOATS:
        rows.append(("float", s(t), "-", outcome(lambda: float(t), fbits)))
    for _ in range(500):
        x = struct.unpack(">d", rng.getrandbits(64).to_bytes(8, "big"))[0]
        t = repr(x)
        rows.append(("float", s(t), "-", outcome(lambda: float(t), fbits)))
        t = "%.25e" % x if math.isfinite(x) else t
        rows.append(("float", s(t), "-", outcome(lambda: float(t), fbits)))
    ints = ["0", "-0", "+7", " 42 ", "1_000", "1__000", "_1", "1_", "0x1F", "0X_1f", "0o17",
            "0b1010", "0b", "0x", "010", "00", "0_0", "09", "-0x10", "z", "Z", "12a", "",
            " ", "1 2", "٣", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
            "-9223372036854775809", "123456789012345678901234567890", "0b1_0_1", "0xg", "+-1",
            "\t-12\n", "1e5", "1.0", "ffff", "FFff", "zz", "0o8", "0O7_7", "0x_", "x" * 250,
            "1" * 4300, "1" * 4301, "f" * 5000, "0b1" + "0" * 200]
    for t in ints:
        for base in [0, 2, 8, 10, 16, 36, 1, 37, 7]:
            rows.append(("int", s(t), str(base), outcome(lambda: int(t, base), big_str)))
    for _ in range(300):
        v = rng.randint(-10**rng.randint(1, 60), 10**rng.randint(1, 60))
        for base in [2, 8, 10, 16, 36]:
            t = to_base(v, base)
            rows.append(("int", s(t), str(base), outcome(lambda: int(t, base), big_str)))
    write("parse.txt", rows)


def to_base(v, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if v == 0:
        return "0"
    out, m = [], abs(v)
    while m:
        m, r = divmod(m, base)
        out.append(digits[r])
    return ("-" if v < 0 else "") + "".join(reversed(out))


def interesting_ints(n_random):
    m = 2**63
    xs = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, 255, m - 1, -m, m, -m - 1, m // 2, -(m // 2),
          2**32, 2**32 - 1, -2**32, 2**53, 2**53 + 1, 2**64, -2**64, 2**64 - 1, 10**18,
          10**19, -10**19, 3037000499, 3037000500, -3037000500, 2**62, 2**127, -2**127]
    for _ in range(n_random):
        bits = rng.choice([8, 31, 32, 33, 62, 63, 64, 65, 100, 128, 200, 300])
        xs.append(rng.randint(-2**bits, 2**bits))
    return xs


def gen_int_ops():
    sys.set_int_max_str_digits(0)  # the tables hold big values in decimal
    rows = []
    xs = interesting_ints(20)
    ops = {
        "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
        "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b,
        "divmod": lambda a, b: "%d,%d" % divmod(a, b), "truediv": lambda a, b: a / b,
        "and": lambda a, b: a & b, "or": lambda a, b: a | b, "xor": lambda a, b: a ^ b,
        "cmp": lambda a, b: (a > b) - (a < b),
    }
    for a in xs:
        for b in xs:
            for name, op in ops.items():
                enc = fbits if name == "truediv" else (str)
                rows.append((name, str(a), str(b), outcome(lambda: op(a, b), enc)))
    small = [0, 1, -1, 2, -2, 3, 10, -10, 7, m1 := 2**63 - 1, -2**63, 2**70 + 3, -(3**50)]
    for a in small + [rng.randint(-10**20, 10**20) for _ in range(10)]:
        for e in [0, 1, 2, 3, 5, 10, 62, 63, 64, 100, -1, -2, -3]:
            def p(a=a, e=e):
                r = a ** e
                return ("f" + fbits(r)) if isinstance(r, float) else str(r)
            rows.append(("pow", str(a), str(e), outcome(p, lambda v: v)))
        for sh in [0, 1, 5, 31, 32, 33, 62, 63, 64, 65, 100, 200, -1]:
            rows.append(("shl", str(a), str(sh), outcome(lambda: a << sh, str)))
            rows.append(("shr", str(a), str(sh), outcome(lambda: a >> sh, str)))
        rows.append(("invert", str(a), "-", str(~a)))
        rows.append(("neg", str(a), "-", str(-a)))
        rows.append(("abs", str(a), "-", str(abs(a))))
        rows.append(("bit_length", str(a), "-", str(a.bit_length())))
        rows.append(("float", str(a), "-", outcome(lambda: float(a), fbits)))
        for mod in [1, 2, 7, -7, 1000000007, 2**64 + 13, 0, -(2**61 - 1)]:
            for e in [0, 1, 5, 65537, -1, 2**70 + 1]:
                rows.append(("powmod_%s" % e, str(a), str(mod),
                             outcome(lambda: pow(a, e, mod), str)))
    for a in interesting_ints(60):
        rows.append(("float", str(a), "-", outcome(lambda: float(a), fbits)))
        for r in [2, 8, 16, 36, 7]:
            rows.append(("radix", str(a), str(r), s(to_base(a, r))))
        for f in [0.5, -0.5, 1e20, -1e20, 2.0**63, -2.0**63, float(a) if abs(a) < 2**1000 else 1.0,
                  math.inf, -math.inf, math.nan, 1e300, 9007199254740993.0]:
            def c(a=a, f=f):
                if f != f:
                    return "nan"
                return str((a > f) - (a < f))
            rows.append(("cmpf", str(a), fbits(f), c()))
    for x in [2**1024, 2**1024 - 2**970, 2**1024 - 2**971, 2**1024 - 2**970 - 1, 2**1023 * 3 // 2,
              2**54 + 1, 2**54 + 2, 2**54 + 3, 2**64 + 2**11, 2**64 + 2**11 + 1, 2**64 + 3 * 2**11]:
        for v in (x, -x):
            rows.append(("float", str(v), "-", outcome(lambda: float(v), fbits)))
    for _ in range(40):  # big operands: Karatsuba sizes, long division
        a = rng.randint(-2**rng.randint(1000, 9000), 2**rng.randint(1000, 9000))
        b = rng.randint(-2**rng.randint(64, 6000), 2**rng.randint(64, 6000)) or 1
        for name in ("mul", "divmod"):
            op = ops[name]
            rows.append((name, str(a), str(b), outcome(lambda: op(a, b), str)))
    for _ in range(400):  # true division with rounding and subnormal results
        a = rng.randint(-2**rng.randint(1, 1200), 2**rng.randint(1, 1200))
        b = rng.randint(1, 2**rng.randint(1, 1200)) * rng.choice([1, -1])
        rows.append(("truediv", str(a), str(b), outcome(lambda: a / b, fbits)))
    write("int_ops.txt", rows)
    sys.set_int_max_str_digits(4300)


INT_SPECS = ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "c", "n", ",", "_", ",d", "_b",
             "_x", "_o", "#_x", "010", "010,", "0=12_", "+", " ", "-", "+d", " 5", "<8", ">8", "^9",
             "=+10", "*^11", "0<5", "e", ".2f", "%", "g", ".3e", "E", ",.1f", "z", "zd", ".3",
             "+c", "#c", "s", "q", ",x", "_n", ",_", "__", "x<#12_X", "09_", "é^7", "020,b",
             "#010b", "10c", "=5", "015_o", "#016_x", "-#x"]


def gen_int_format():
    rows = []
    xs = interesting_ints(40) + [65, 955, 0x1F600, 0x110000, 1234567, -1234567, 10**30]
    for a in xs:
        for spec in INT_SPECS:
            rows.append((str(a), s(spec), outcome(lambda: format(a, spec), s)))
    for b in (True, False):
        for spec in ["", "d", ">5", "^5", "x", "+", ".1f", "s", "c"]:
            rows.append(("T" if b else "F", s(spec), outcome(lambda: format(b, spec), s)))
    big = 10**5000
    sys.set_int_max_str_digits(0)
    big_text = str(big)
    sys.set_int_max_str_digits(4300)
    for spec in ["", "d", "x", ",", ".1e", "b"]:
        rows.append((big_text, s(spec), outcome(lambda: format(big, spec)[:80], s)))
    write("int_format.txt", rows)


STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "^11", "*^9", ".2", "10.3", ".0", "é>6", "0",
             "05", "=5", "+", " ", "#", "z", ",", "_", "d", "x", ".", "5.5s", "<", "3", "^",
             "\u00e9<4", ">1"]


def gen_str_format():
    rows = []
    for t in ["", "a", "abc", "héllo", "日本語", "x" * 12, "a\tb", "🙂🙂"]:
        for spec in STR_SPECS:
            rows.append((s(t), s(spec), outcome(lambda: format(t, spec), s)))
    write("str_format.txt", rows)


def gen_repr_str():
    rows = []
    for t in ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnl\ncr\r",
              "\x00\x1f\x7f\x80\x9f\xa0", "é日本🙂", "\u200b\u2028\ufeff", "\ue000", "a'b\"c"]:
        rows.append((s(t), s(repr(t))))
    write("repr_str.txt", rows)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    gen_float_repr()
    gen_float_format()
    gen_float_ops()
    gen_parse()
    gen_int_ops()
    gen_int_format()
    gen_str_format()
    gen_repr_str()
