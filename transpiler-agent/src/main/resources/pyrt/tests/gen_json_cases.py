#!/root/.pyenv/versions/3.12.1/bin/python
"""Generates tests/value_json.rs: edge cases of pyrt's `json` module, each one a call of
json.dumps or json.loads whose outcome CPython 3.12 gives (the str dumps returns, the repr
of what loads returns, or `Type: message` when it raises, the type named as a traceback
names it). Run from the pyrt directory:

    /root/.pyenv/versions/3.12.1/bin/python tests/gen_json_cases.py > tests/value_json.rs
"""
import json
import math
import re

INF = float("inf")
NAN = float("nan")

class Pow10(int):
    """10**k + add, an int too long for the generator to write out in digits."""

    def __new__(cls, k, add):
        self = super().__new__(cls, 10**k + add)
        self.rust = "pow10(%d, %d)" % (k, add)
        return self


# (value, keyword arguments) for json.dumps.
DUMPS = [
    (None, {}), (True, {}), (False, {}), (0, {}), (-7, {}), (2**63, {}), (-(10**40), {}),
    (0.0, {}), (-0.0, {}), (0.1, {}), (1e16, {}), (1e22, {}), (1e-7, {}), (5e-324, {}),
    (1.7976931348623157e308, {}), (123456.789, {}), (INF, {}), (-INF, {}), (NAN, {}),
    (NAN, {"allow_nan": False}), (-INF, {"allow_nan": False}), ([1.5, INF], {"allow_nan": False}),
    ("", {}), ("a\"b\\c/d", {}), ("\x00\x01\x08\x09\x0a\x0b\x0c\x0d\x1f\x20\x7e\x7f\x80", {}),
    ("\x00\x1f\x7f\x80", {"ensure_ascii": False}), ("é€\uffff\U00010000\U0010ffff😀", {}),
    ("é€\uffff\U00010000\U0010ffff😀", {"ensure_ascii": False}), ("\u2028\u2029", {}),
    ([], {}), ({}, {}), ([], {"indent": 2}), ({}, {"indent": 2}), ([[]], {"indent": 2}),
    ([1, [2, [3, {}]], {"a": []}], {"indent": 2}), ([1, {"a": [2, 3]}], {"indent": 0}),
    ([1, {"a": [2, 3]}], {"indent": -1}), ([1, {"a": [2, 3]}], {"indent": "--"}),
    ([1, {"a": [2, 3]}], {"indent": True}), ([1, {"a": 2}], {"indent": 1.5}),
    ([1, {"a": 2}], {"separators": (",", ":")}), ([1, {"a": 2}], {"separators": ["| ", " = "], "indent": 1}),
    ([1, {"a": 2}], {"separators": (1, ":")}), ([1, {"a": 2}], {"separators": (",", 2)}),
    ([1], {"separators": (",",)}), ([1], {"separators": (",", ":", ";")}),
    ((1, (2, 3)), {}), ({"t": ()}, {}),
    ({1: 1}, {}), ({-5: 1, 2.5: 2, True: 3, None: 4, 10**20: 5}, {}), ({False: 0}, {}),
    ({0.1: 1, -0.0: 2, 1e22: 3}, {}), ({INF: 1}, {}), ({NAN: 1}, {"allow_nan": False}),
    ({(1,): 1}, {}), ({(1,): 1, "b": 2}, {"skipkeys": True}), ({"a": 1, (1,): 2, "c": 3}, {"skipkeys": True}),
    ({(1,): 1}, {"skipkeys": True}), ({(1,): 1}, {"skipkeys": True, "indent": 2}),
    ({"b": 1, "a": 2, "C": 3}, {"sort_keys": True}), ({2: "b", 1: "a", 10: "c"}, {"sort_keys": True}),
    ({"b": 1, 1: 2}, {"sort_keys": True}), ({1: 1, "b": 2}, {"sort_keys": True}),
    ({1.5: 1, 1: 2, True: 3}, {"sort_keys": True}),
    ({"é": "ü"}, {"ensure_ascii": False, "sort_keys": True}), ({"k": [1, 2]}, {"sort_keys": 1, "indent": "\t"}),
    ([1, 2], {"bogus": 1}), ([1, 2], {"cls": None}), ({"a": [1]}, {"check_circular": False}),
    ({"a": [1]}, {"ensure_ascii": 0, "skipkeys": [], "allow_nan": "yes"}),
    ([Pow10(4299, 1)], {}), ([Pow10(4300, 0)], {}), ({Pow10(4300, -1): 1}, {}), ({Pow10(4300, 0): 1}, {}),
]

# (document, keyword arguments) for json.loads.
LOADS = [
    ("0", {}), ("-0", {}), ("-0.0", {}), ("007", {}), ("1.5e3", {}), ("1E+2", {}), ("1e-2", {}), ("2e308", {}),
    ("1.7976931348623157e308", {}), ("4.9e-324", {}), ("0.30000000000000004", {}), ("123456789012345678901234567890", {}),
    ("-", {}), ("--1", {}), ("-a", {}), ("1.", {}), ("1.x", {}), ("1e", {}), ("1e+", {}), ("1ex", {}), ("1e5x", {}),
    (".1", {}), ("+1", {}), ("0x10", {}), ("1_000", {}), ("١", {}), (" \t\n\r 1 \t\n\r ", {}), ("\u00a01", {}),
    ("NaN", {}), ("-NaN", {}), ("Infinity", {}), ("-Infinity", {}), ("infinity", {}), ("nan", {}), ("Inf", {}),
    ("true", {}), ("True", {}), ("null", {}), ("nul", {}), ("fals", {}), ("false0", {}),
    ('""', {}), ('"\\"\\\\\\/\\b\\f\\n\\r\\t"', {}), ('"\\u0041\\u00e9\\u20AC"', {}), ('"\\ud83d\\ude00"', {}),
    ('"\\uD834\\uDD1E"', {}), ('"\\ud83d\\u0041"', {}), ('"\\ud83d\\uzzzz"', {}), ('"\\ud83d\\ude0"', {}), ('"\\udc00"', {}), ('["\\ud800", x]', {}),
    ('{"\\ud800": 1}', {"object_hook": list}),
    ('"\\u12', {}), ('"\\u123', {}), ('"\\u1234', {}), ('"\\u1234"', {}), ('"\\"', {}), ('"\\', {}), ('"\\a"', {}),
    ('"\\U0041"', {}), ('"abc', {}), ('"', {}), ('"a\x00"', {}), ('"a\x7f"', {}), ('"a\x1f"', {"strict": False}),
    ('"é😀"', {}), ('["é", 😀]', {}), ("[]", {}), ("[ ]", {}), ("[", {}), ("[1", {}), ("[1,", {}), ("[1,]", {}),
    ("[,1]", {}), ("[1 , 2 ]", {}), ("[1;2]", {}), ("{}", {}), ("{ }", {}), ("{", {}), ('{"a"', {}), ('{"a":', {}),
    ('{"a":1', {}), ('{"a":1,', {}), ('{"a":1,}', {}), ('{"a" 1}', {}), ("{a:1}", {}), ("{'a':1}", {}),
    ('{"a":1 "b":2}', {}), ('{"a":1, "a":2, "b":3, "a":4}', {}), ('{"":0}', {}), ("[1]]", {}), ("{}{}", {}),
    ("[1]\n\n x", {}), ("\n\n\n  [1, 2,\n   @]", {}), ("", {}), ("\ufeff1", {}), ("1", {"bogus": 2}),
    ("[1, 2.0]", {"parse_int": float}), ("[1, 2.0]", {"parse_float": int}), ("[1, 2.0]", {"parse_float": str}),
    ("[1, 2.0]", {"parse_int": str, "parse_float": None}), ("[NaN]", {"parse_constant": str}),
    ('{"b": {"c": 1}}', {"object_hook": list}), ('{"b": 1, "a": [{"c": 2}]}', {"object_pairs_hook": list}),
    ('{"a": 1}', {"object_hook": list, "object_pairs_hook": tuple}), ("1", {"cls": None}),
    ("9" * 4300, {}), ("9" * 4301, {}), ("-" + "9" * 4301, {}), ("0." + "3" * 5000, {}),
]


def rust_str(s):
    out = []
    for c in s:
        if c in '\\"':
            out.append("\\" + c)
        elif 0x20 <= ord(c) < 0x7f:
            out.append(c)
        else:
            out.append("\\u{%x}" % ord(c))
    return '"' + "".join(out) + '"'


def rust_value(x):
    """A Rust expression building the `Value` of `x`."""
    if x is None:
        return "Value::None"
    if isinstance(x, bool):
        return "Value::Bool(%s)" % ("true" if x else "false")
    if isinstance(x, Pow10):
        return x.rust
    if isinstance(x, int):
        return "Value::int(%d)" % x if -2**63 <= x < 2**63 else 'Value::big("%d")' % x
    if isinstance(x, float):
        if math.isnan(x):
            return "Value::Float(f64::NAN)"
        if math.isinf(x):
            return "Value::Float(f64::%s)" % ("INFINITY" if x > 0 else "NEG_INFINITY")
        return "Value::Float(%r_f64)" % x if "e" not in repr(x) else "Value::Float(%r)" % x
    if isinstance(x, str):
        return "Value::str(%s)" % rust_str(x)
    if isinstance(x, list):
        return "Value::list(vec![%s])" % ", ".join(rust_value(v) for v in x)
    if isinstance(x, tuple):
        return "Value::tuple(vec![%s])" % ", ".join(rust_value(v) for v in x)
    if isinstance(x, dict):
        return "dict(vec![%s])" % ", ".join("(%s, %s)" % (rust_value(k), rust_value(v)) for k, v in x.items())
    if x in (int, float, str, list, tuple):
        return 'builtin("%s")' % x.__name__
    raise ValueError(x)


def kwargs(kw):
    return "vec![%s]" % ", ".join('kw("%s", %s)' % (k, rust_value(v)) for k, v in kw.items())


# A str of the runtime cannot hold a lone surrogate: where CPython's result has one, the
# runtime stops with this error instead.
LONE_SURROGATE = "NotImplementedError: portalis: a lone surrogate (\\ud800-\\udfff) in a JSON string"


def outcome(f):
    try:
        r = f()
    except Exception as e:
        t = type(e)
        name = t.__name__ if t.__module__ == "builtins" else "%s.%s" % (t.__module__, t.__qualname__)
        return "%s: %s" % (name, e)
    if f.__name__ == "loads" and re.search(r"\\ud[89a-f][0-9a-f]{2}", repr(r)):
        return LONE_SURROGATE
    return r if isinstance(r, str) and f.__name__ == "dumps" else repr(r)


# Where nesting first raises RecursionError, with each call made at module level (one
# frame in use): CPython's C encoder and scanner count containers, its Python encoder
# (`indent`) counts frames.
DEPTH_PROGRAM = """
import json
def nest(n, empty, wrap):
    x = empty
    for _ in range(n):
        x = wrap(x)
    return x
cases = [
    ("dumps list", lambda n: json.dumps(nest(n, [], lambda x: [x]))),
    ("dumps dict", lambda n: json.dumps(nest(n, {}, lambda x: {"k": x}))),
    ("dumps list indent", lambda n: json.dumps(nest(n, [], lambda x: [x]), indent=1)),
    ("dumps dict indent", lambda n: json.dumps(nest(n, {}, lambda x: {"k": x}), indent=1)),
    ("loads array", lambda n: json.loads("[" * n + "]" * n)),
    ("loads object", lambda n: json.loads('{"k":' * n + "0" + "}" * n)),
]
for name, f in cases:
    lo, hi = 1, 5000
    while lo < hi:
        m = (lo + hi) // 2
        try:
            f(m)
            lo = m + 1
        except RecursionError:
            hi = m
    try:
        f(lo)
    except RecursionError as e:
        print("%s|%d|%s" % (name, lo, e))
"""


def depth_cases():
    """Runs DEPTH_PROGRAM with the frames it needs (lambda, list building) outside the
    counted calls: each case's failing size and message."""
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-c", DEPTH_PROGRAM], capture_output=True, text=True, check=True).stdout
    return [line.split("|") for line in out.splitlines()]


def main():
    print(HEADER)
    print("const DEPTHS: &[(&str, usize, &str)] = &[")
    for name, n, msg in depth_cases():
        print("    (%s, %s, %s)," % (rust_str(name), n, rust_str("RecursionError: " + msg)))
    print("];\n")
    print("const DUMPS: &[fn() -> (Value, Kwargs, &'static str)] = &[")
    for value, kw in DUMPS:
        def dumps(value=value, kw=kw):
            return json.dumps(value, **kw)
        print("    || (%s, %s, %s)," % (rust_value(value), kwargs(kw), rust_str(outcome(dumps))))
    print("];\n")
    print("const LOADS: &[fn() -> (Value, Kwargs, &'static str)] = &[")
    for doc, kw in LOADS:
        def loads(doc=doc, kw=kw):
            return json.loads(doc, **kw)
        print("    || (%s, %s, %s)," % (rust_value(doc), kwargs(kw), rust_str(outcome(loads))))
    print("];")


HEADER = '''//! Edge cases of pyrt's `json` module against CPython 3.12.1. Generated by
//! tests/gen_json_cases.py (run it with CPython 3.12 from the pyrt directory, redirecting
//! to this file): do not edit by hand.

use pyrt::exc::PyResult;
use pyrt::value::func::{call, kw};
use pyrt::value::{Kwargs, Value};

fn json(name: &str) -> Value {
    let module = pyrt::value::modules::import_module("json").expect("json is provided");
    pyrt::value::attr::getattr(&module, name).expect("json function")
}

fn dict(items: Vec<(Value, Value)>) -> Value {
    Value::dict(items).expect("hashable keys")
}

fn pow10(k: i64, add: i64) -> Value {
    let p = pyrt::value::ops::pow(&Value::int(10), &Value::int(k)).expect("an int");
    pyrt::value::ops::add(&p, &Value::int(add)).expect("an int")
}

fn builtin(name: &str) -> Value {
    pyrt::value::builtins::value(name).expect("a builtin")
}

/// The str `dumps` returns (`want_str`), the repr of any other result, or `Type: message`.
fn outcome(r: PyResult<Value>, want_str: bool) -> String {
    match r {
        Ok(Value::Str(s)) if want_str => s.to_string(),
        Ok(v) => pyrt::value::text::repr_of(&v).map(|s| s.to_string()).unwrap_or_else(|e| format!("repr failed: {:?}", e)),
        Err(e) if e.message.is_empty() => e.type_name,
        Err(e) => format!("{}: {}", e.type_name, e.message),
    }
}

fn check(name: &str, cases: &[fn() -> (Value, Kwargs, &'static str)]) {
    let f = json(name);
    let mut failures = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let (arg, kwargs, want) = case();
        let got = outcome(call(&f, vec![arg], kwargs), name == "dumps");
        if got != want {
            failures.push(format!("{} case {}:\\n  want {:?}\\n   got {:?}", name, i, want, got));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\\n"));
}

fn nest(n: usize, dict_: bool) -> Value {
    let mut x = if dict_ { dict(vec![]) } else { Value::list(vec![]) };
    for _ in 0..n {
        x = if dict_ { dict(vec![(Value::str("k"), x)]) } else { Value::list(vec![x]) };
    }
    x
}

/// The call a DEPTHS case names, with `n` levels, from a frame as CPython's lambda is.
fn deep_call(name: &str, n: usize) -> PyResult<Value> {
    let _lambda = pyrt::rt::enter()?;
    let indent = if name.ends_with("indent") { vec![kw("indent", Value::int(1))] } else { vec![] };
    match name {
        "loads array" => call(&json("loads"), vec![Value::str(&format!("{}{}", "[".repeat(n), "]".repeat(n)))], vec![]),
        "loads object" => {
            call(&json("loads"), vec![Value::str(&format!("{}0{}", "{\\"k\\":".repeat(n), "}".repeat(n)))], vec![])
        }
        _ => call(&json("dumps"), vec![nest(n, name.contains("dict"))], indent),
    }
}

#[test]
fn recursion_limits_match_cpython() {
    // Deep nesting needs more stack than a test thread has in a debug build.
    let run = std::thread::Builder::new().stack_size(512 << 20).spawn(|| {
        let mut failures = Vec::new();
        for (name, n, want) in DEPTHS {
            let below = outcome(deep_call(name, n - 1), false);
            let at = outcome(deep_call(name, *n), false);
            if below.starts_with("RecursionError") || at != *want {
                failures.push(format!("{} at {}: {:?}, below: {:?}", name, n, at, below));
            }
        }
        failures
    });
    let failures = run.expect("a thread").join().expect("no panic");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn dumps_matches_cpython() {
    check("dumps", DUMPS);
}

#[test]
fn loads_matches_cpython() {
    check("loads", LOADS);
}
'''

if __name__ == "__main__":
    main()
