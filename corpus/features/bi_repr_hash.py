print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("new\nline"))
print(repr("back\\slash"), repr("é"), repr("\x00\x7f"), repr("日本"), repr(""))
print(["it's", 'q"q', "plain"], ("a",), {"k'": "v\""}, {"x"})
print(repr(1.0), repr(0.1), repr(1e16), repr(1e-5), repr(-0.0), repr(1.5e300), repr(123456789.123))
print(repr(None), repr(True), repr([None, False]), repr((1,)), repr(()), repr({}), repr(set()))
print(repr([[1, [2]], {"a": (3, 4)}]))
print(hash(1) == hash(1.0), hash(0), hash(42), hash(-1), hash(-2), hash(2 ** 61), hash(2 ** 64))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(True), hash(3.0) == hash(3))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
