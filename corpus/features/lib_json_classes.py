# json.JSONEncoder / json.JSONDecoder subclasses passed as cls=, and used directly.
import json
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


class LoudEncoder(json.JSONEncoder):
    def __init__(self, **kwargs):
        kwargs["sort_keys"] = True
        super().__init__(**kwargs)

    def encode(self, o):
        return "<<" + super().encode(o) + ">>"


class ChunkEncoder(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        return [chunk.upper() for chunk in super().iterencode(o, _one_shot)]


def point_hook(d):
    if "__point__" in d:
        x, y = d["__point__"]
        return Point(x, y)
    return d


class PointDecoder(json.JSONDecoder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, object_hook=point_hook, **kwargs)


data = {"origin": Point(0, 0), "tags": {"b", "a"}, "path": [Point(1, 2), Point(3, 4)]}
text = json.dumps(data, cls=PointEncoder)
print(text)
print(json.dumps(data, cls=PointEncoder, indent=2, sort_keys=True))
back = json.loads(text, cls=PointDecoder)
print(type(back["origin"]).__name__, back["origin"].x, [(p.x, p.y) for p in back["path"]], back["tags"])
print(json.dumps({"b": 1, "a": [1, 2]}, cls=LoudEncoder))
print(json.dumps({"b": "x", "a": [1, 2]}, cls=ChunkEncoder))
print(json.dumps({"b": "x", "a": [1, 2]}, cls=ChunkEncoder, indent=1))

try:
    json.dumps({"bad": object()}, cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)

enc = json.JSONEncoder(indent=2, separators=(",", " = "), sort_keys=True)
print(enc.encode({"z": [1, {"y": None}], "a": "é"}))
print(enc.item_separator, enc.key_separator, enc.indent, enc.sort_keys)
print(list(json.JSONEncoder().iterencode([1, {"a": 2.5}])))
print(json.JSONEncoder(ensure_ascii=False).encode("héllo"))
print(json.JSONEncoder(default=str).encode([Point.__name__, 1, Point]))

json.dump({"p": Point(5, 6)}, sys.stdout, cls=PointEncoder)
print()
json.dump([1, "two"], sys.stdout, cls=ChunkEncoder)
print()

dec = json.JSONDecoder()
print(dec.decode(' {"k": [1, 2]} '))
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('xx"str"yy', 2))
try:
    dec.raw_decode(' [1]')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    dec.decode('[1] [2]')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)

stream = '{"a": 1} {"b": 2}  [3]'
pos = 0
while pos < len(stream):
    while stream[pos] == " ":
        pos += 1
    obj, pos = dec.raw_decode(stream, pos)
    print("streamed", obj, pos)

floaty = json.JSONDecoder(parse_float=lambda t: "F" + t, parse_int=lambda t: int(t) + 1000)
print(floaty.decode("[1, 2.5, -3]"))
pairs = json.JSONDecoder(object_pairs_hook=lambda kv: [k for k, _ in kv])
print(pairs.decode('{"x": 1, "y": {"z": 2}}'))
print(json.loads('[1, NaN]', cls=json.JSONDecoder, parse_constant=lambda c: c.lower()))
try:
    json.loads("[1, 2", cls=PointDecoder)
except ValueError as e:
    print(type(e).__name__, e)
