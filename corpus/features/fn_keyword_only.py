def connect(host, *, port=80, secure=False):
    scheme = "https" if secure else "http"
    return scheme + "://" + host + ":" + str(port)


print(connect("example.com"))
print(connect("example.com", port=8080))
print(connect("example.com", secure=True, port=443))


def clamp(value, *, lo, hi):
    return max(lo, min(hi, value))


print(clamp(15, lo=0, hi=10), clamp(-3, hi=10, lo=0), clamp(5, lo=0, hi=10))


def log(*messages, sep=" | ", prefix=">"):
    return prefix + " " + sep.join(messages)


print(log("a", "b", "c"))
print(log("x", sep=", "))
print(log(prefix="#"))

try:
    connect("h", 8080)
except TypeError as e:
    print("TypeError:", e)
try:
    clamp(1, lo=0)
except TypeError as e:
    print("TypeError:", e)
