# json's errors: JSONDecodeError messages and attributes, and dumps' TypeError/ValueError.
import json
import sys
from json import JSONDecodeError


def show_decode(doc, **kw):
    try:
        print("ok", repr(json.loads(doc, **kw)))
    except json.JSONDecodeError as e:
        print(type(e).__name__, "|", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == doc)
        print("  args:", e.args, isinstance(e, ValueError))


bad_docs = [
    "", "   ", "x", "[", "]", "{", "}", "[1,]", "[1 2]", "[1,,2]", "{\"a\":1,}", "{'a': 1}",
    "{\"a\" 1}", "{\"a\": 1 \"b\": 2}", "{\"a\":}", "{1: 2}", "1 2", "[1] x", "\"abc",
    "\"a\nb\"", "\"tab\there\"", "\"\\x\"", "\"\\u12\"", "\"\\u12g4\"", "\"\\u1234", "\"\\",
    "\"\\ud83d\\uZZZZ\"", "-", "-x", "01", "1.", "1.e5", "1e", "1e+", ".5", "+1", "tru", "nul", "NaNa",
    "-Inf", "[1,\n 2,\n x]", "{\n  \"k\": [\n    1,\n    oops\n  ]\n}", "\ufeff[1]", "[\"\u00e9\", x]",
    "\"\U0001F600\" extra", "[" * 3, "[[[]]", "{\"a\": {\"b\": [1, }}",
]
for doc in bad_docs:
    show_decode(doc)

for doc in ["\"\x01\"", "[\"a\x1fb\"]"]:
    show_decode(doc)
    show_decode(doc, strict=False)

def show(label, f):
    try:
        print(label, "->", f())
    except (TypeError, ValueError, RecursionError, AttributeError) as e:
        print(label, "->", type(e).__name__ + ":", e)

show("loads int", lambda: json.loads(5))
show("loads list", lambda: json.loads(["[]"]))
show("loads None", lambda: json.loads(None))
show("loads bad utf8", lambda: json.loads(b"[\xff]"))
show("loads kw", lambda: json.loads("1", bogus=1))
show("dumps tuple key", lambda: json.dumps({(1, 2): 3}))
show("dumps frozenset key", lambda: json.dumps({"a": 1, frozenset(): 3}))
show("dumps set", lambda: json.dumps({1, 2}))
show("dumps bytes", lambda: json.dumps([1, b"x"]))
show("dumps complex obj", lambda: json.dumps({"k": object}))
show("dumps nan strict", lambda: json.dumps([1.0, float("nan")], allow_nan=False))
show("dumps inf strict", lambda: json.dumps({"x": float("inf")}, allow_nan=False))
show("dumps -inf key strict", lambda: json.dumps({float("-inf"): 1}, allow_nan=False))
show("dumps sort mixed", lambda: json.dumps({1: "a", "b": 2}, sort_keys=True))
show("dumps sort mixed 2", lambda: json.dumps({"b": 2, 1: "a"}, sort_keys=True))
show("dumps indent float", lambda: json.dumps([1], indent=1.5))
show("dumps extra kw", lambda: json.dumps([1], bogus=True))
show("dumps positional", lambda: json.dumps([1], 2))
show("dumps separators", lambda: json.dumps([1, 2], separators=(",",)))
show("dumps default raises", lambda: json.dumps([1, {2}], default=lambda o: sorted(o) if len(o) > 5 else o.bogus))

a = [1, 2]
a.append(a)
show("circular list", lambda: json.dumps(a))
show("circular list indent", lambda: json.dumps(a, indent=2))
d = {"k": 1}
d["self"] = d
show("circular dict", lambda: json.dumps(d))
show("circular via default", lambda: json.dumps(object(), default=lambda o: [o]))
show("no circular check", lambda: json.dumps(a, check_circular=False))
shared = [1]
show("shared not circular", lambda: json.dumps([shared, shared, {"s": shared}]))

deep = []
for _ in range(3000):
    deep = [deep]
show("deep dumps", lambda: len(json.dumps(deep)))
show("deep loads", lambda: len(json.loads("[" * 3000 + "]" * 3000)))
show("deep loads obj", lambda: len(json.loads('{"a":' * 3000 + "1" + "}" * 3000)))

class Recorder:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)

for obj in [[1, object()], {"a": 1, (1,): 2}, [1.0, float("nan")], {"x": [float("inf")]}]:
    rec = Recorder()
    try:
        json.dump(obj, rec, allow_nan=False)
    except (TypeError, ValueError) as e:
        print("partial", rec.chunks, type(e).__name__ + ":", e)

json.dump([1, "two"], sys.stdout)
print()

e = JSONDecodeError("Custom problem", "ab\ncd\nef", 5)
print(e, "|", e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
print(repr(e), e.args)
print(JSONDecodeError.__name__, JSONDecodeError.__module__, issubclass(JSONDecodeError, ValueError))
print(json.decoder.JSONDecodeError is JSONDecodeError)
try:
    raise JSONDecodeError("Raised by hand", "[]", 1)
except ValueError as err:
    print("caught as ValueError:", err)
try:
    json.loads("{")
except Exception as err:
    print("caught as Exception:", type(err).__name__, err)
