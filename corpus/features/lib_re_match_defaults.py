import re

VERSION = re.compile(r"(?P<major>\d+)\.(?P<minor>\d+)(?:\.(?P<patch>\d+))?(?:-(?P<pre>\w+))?")
for text in ["1.2", "1.2.3", "4.5-rc1"]:
    m = VERSION.match(text)
    print(m.groups(), m.groups("0"), m.groups(default="-"))
    print(m.groupdict(), m.groupdict(""), m.groupdict(default="n/a"))
    d = m.groupdict(default=0)
    print(tuple(int(d[k]) for k in ("major", "minor", "patch")))

m = re.search(r"(a)(x)?", "cat")
print(m.groups(default=None), m.groupdict(default="unused"))
for call in (lambda: m.groups(other=1), lambda: m.groupdict(dflt=1), lambda: m.start(group=1),
             lambda: m.group(g=1), lambda: m.span(group=0)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
