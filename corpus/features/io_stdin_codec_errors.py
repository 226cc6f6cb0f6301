# Standard input that is not valid UTF-8: CPython decodes a whole chunk before it splits
# lines, so the first readline() fails; the error names the bytes by their position in the
# chunk, its attributes are CPython's, and the chunk is gone afterwards.
import sys

try:
    print(repr(sys.stdin.readline()))
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, e.reason, e.object[e.start:e.end], len(e.object))
    print(e.args[0], e.args[2:], isinstance(e, ValueError), repr(e)[:40])
    e.start, e.end, e.reason = 0, 1, "my reason"
    print(e)
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
raise UnicodeDecodeError("utf-8", b"\xffab", 0, 1, "invalid start byte")
