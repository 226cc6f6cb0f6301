import re

print(list(re.RegexFlag.__members__), list(re.RegexFlag))
print(repr(re.RegexFlag(3)), repr(re.RegexFlag(1024 | 2)), repr(re.RegexFlag(1024)), re.I | re.M | re.S, ~re.I, re.I & re.M, [re.I])
print(re.X.value, re.U, re.I.name, str(re.I | re.M), "%s" % re.I, "{}".format(re.M), "%d" % re.I, re.I == re.IGNORECASE)
print(re.I in (re.I | re.M), hash(re.I) == 2, re.I + 0, int(re.M | re.S), isinstance(re.I, int), f"{re.A:>14}|")
print(re.findall("a", "aAa", re.I | re.M), re.compile("x", re.I | re.S).flags, re.compile("(?i)x").flags & re.I == re.I)
m = re.search(r"(?P<word>\w+) (?P<num>\d+)?", "abc  ")
print(m.lastgroup, m.lastindex, re.match(r"(a)(b*)", "a").lastindex, re.match(r"((a)b)", "ab").lastindex, re.match(r"x", "x").lastgroup)
print(re.match(r"(?P<outer>(?P<inner>a)b)", "ab").lastgroup, re.search(r"(a)|(b)", "b").lastindex, re.fullmatch(r"(?i:AB)c", "abc"))
for bad in [r"(?P<a>x)(?P<a>y)", r"(?P<>x)", r"a{3,2}", r"+", r"(?<=a|bc)x", r"[z-a]"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(e.msg, "|", e.pos, e.pattern == bad)
