# json.dumps / json.loads / json.dump / json.load as CPython 3.12 gives them.
import json
import sys
from collections import OrderedDict, Counter, namedtuple
from enum import Enum, IntEnum

data = {
    "name": "Ada",
    "age": 36,
    "langs": ["en", "fr"],
    "nested": {"a": [1, 2, {"b": None}], "t": (1, 2), "e": [], "d": {}},
    "flags": [True, False, None],
    "ratio": 0.1,
}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent=-3))
print(json.dumps(data, indent=""))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=[";", "="], indent=1))
print(json.dumps(data, sort_keys=True, separators=(",", ":")))
print(json.dumps([[], {}, [[]], [{}], {"x": {}}], indent=2))

# scalars
for v in [0, -1, 10**30, -(2**100), 0.1, 1e22, 1e-7, 1e16, 123456789.123, -0.0, 2.5e-300,
          float("nan"), float("inf"), float("-inf"), True, False, None, "", "plain"]:
    print(json.dumps(v))

# strings
s = "quote\" back\\ slash/ \b\f\n\r\t \x00\x1f\x7f caf\u00e9 \u20ac \U0001F600 \U00010000 \uffff"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"cl\u00e9": "\u00fc\U0001F40D"}, ensure_ascii=False))
print(json.dumps({"cl\u00e9": "\u00fc\U0001F40D"}))

# keys
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str", 10**20: "big"}))
print(json.dumps({False: 0, -0.0: 1, float("inf"): 2}))
print(json.dumps({(1, 2): "tuple", "ok": 1}, skipkeys=True))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=2))

# dict order, duplicates in loads
print(json.loads('{"b": 1, "a": 2, "b": 3}'))
print(json.loads('{"x": 1, "x": {"y": 2, "y": 3}}'))

# default=
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode " + type(o).__name__)

print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}, "l": [Point(0, 0)]}, default=encode_point))
print(json.dumps([Point(5, 6)], default=encode_point, indent=2))
print(json.dumps(Point(7, 8), default=lambda o: o.__dict__))

# collections, enums, namedtuples
Pair = namedtuple("Pair", ["left", "right"])
print(json.dumps(Pair(1, "r")))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
print(json.dumps(Counter("abracadabra"), sort_keys=True))

class Color(IntEnum):
    RED = 1
    GREEN = 2

print(json.dumps([Color.RED, Color.GREEN]))
print(json.dumps({Color.RED: "red"}))

# loads
print(json.loads("[1, 2.5, -3, 1e3, 1E-2, -0, -0.0, 12345678901234567890123]"))
print(json.loads('  {"a" : [ true , false , null ] }  '))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\/\\\\\\""'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads("0.1"), json.loads("1e400"), json.loads("-1e400"), json.loads("2.5e-324"))
print(json.loads('"abc"'), json.loads("true"), json.loads("null"))
print(json.loads(b'{"bytes": "\xc3\xa9"}'))
print(json.loads(b'\xef\xbb\xbf[1]'))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda t: int(t) * 10))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda c: "const:" + c))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"a": 1}', object_pairs_hook=OrderedDict))
print(json.loads('"tab\there"', strict=False))
print(type(json.loads("1.0")).__name__, type(json.loads("1")).__name__)

# round trips
samples = [data, [1, [2, [3, [4]]]], {"k": "v\u00e9\U0001F600"}, 10**40, -2.5, "x", [], {}, [None]]
for x in samples:
    y = json.loads(json.dumps(x))
    print(y == json.loads(json.dumps(x, indent=3)), y)
t = {"t": (1, 2)}
print(json.loads(json.dumps(t)) == t, json.loads(json.dumps(t)))

# dump / load through objects with write / read
class Recorder:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)

rec = Recorder()
json.dump({"a": [1, "two", {"c": None}], "b": {}}, rec)
print(rec.chunks)
rec = Recorder()
json.dump([1, {"k": [2, 3]}], rec, indent=2, sort_keys=True)
print(rec.chunks)
json.dump({"to": "stdout", "n": [1, 2]}, sys.stdout)
print()
json.dump([1, 2], sys.stdout, indent=1)
print()

class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text

print(json.load(Source('{"from": ["a", "reader"]}')))
print(json.load(Source('[1.25]'), parse_float=lambda t: "f" + t))
