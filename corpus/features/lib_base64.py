import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], "héllo wörld".encode()]
for s in samples:
    e = base64.b64encode(s)
    u = base64.urlsafe_b64encode(s)
    t = base64.b32encode(s)
    h = base64.b16encode(s)
    assert base64.b64decode(e) == s and base64.urlsafe_b64decode(u) == s
    assert base64.b32decode(t) == s and base64.b16decode(h) == s
    print(len(s), e, t[:16], h[:12])
print(base64.b64encode(b"\xff\xfe\xfd", altchars=b"-_"), base64.b64decode(b"//79", altchars=b"-_"))
print(base64.b64decode("SGVs bG8=\n"), base64.b64decode(b"SGVsbG8"[:4]), base64.standard_b64decode("YWJj"))
print(base64.encodebytes(b"x" * 100))
print(base64.decodebytes(b"eHh4\neHh4\n"), base64.b16decode("4a4B", casefold=True), base64.b32decode("mzxw6===", casefold=True))
print(binascii.hexlify(b"\x00\xab"), binascii.unhexlify("00ab"))
for bad, kw in [("abc", {}), ("a", {}), ("ab!c", {"validate": True}), ("=abc", {"validate": True}), ("YW==YW==", {"validate": True})]:
    try:
        print(base64.b64decode(bad, **kw))
    except binascii.Error as e:
        print("binascii.Error:", e, isinstance(e, ValueError))
for f, arg in [(base64.b64encode, "text"), (base64.b64decode, 42), (base64.b64decode, "é"), (base64.b32decode, "MZXW6=="), (base64.b16decode, "ABC")]:
    try:
        f(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
token = base64.urlsafe_b64encode(b"user:42:admin").rstrip(b"=").decode("ascii")
print(token, base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode().split(":"))
