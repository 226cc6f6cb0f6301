import re

m = re.search(r"(\d+)-(\d+)", "call 555-1234 now")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups(), m.span(), m.start(1), m.end(2), m.span(2))
print(m.string, m.re.pattern, m.pos, m.endpos, m.lastindex, m[0], m[2], bool(m), m.expand(r"\2/\1"))
d = re.match(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?", "2024-03 rest")
print(d.group("year"), d["month"], d.groupdict(), d.groupdict("?"), d.groups(), d.groups(0), d.span("month"), d.lastgroup)
print(d.start("day"), d.span(3), d.expand(r"\g<month>/\g<year> \g<1>"), d.re.groupindex["day"] if False else d.re.groups)
print(re.match(r"a", "ba"), re.search(r"a", "ba").span(), re.fullmatch(r"\w+", "abc_1"), re.fullmatch(r"\w+", "ab c"))
print(re.fullmatch(r"a|ab", "ab").group(), re.match(r"a|ab", "ab").group())

# findall with 0, 1 and n groups; finditer
text = "ann=31, bob=25, cy=40"
print(re.findall(r"\d+", text), re.findall(r"(\w+)=", text), re.findall(r"(\w+)=(\d+)", text), re.findall(r"x*", "axb"))
print(re.findall(r"(a)(b)?", "ab a"), re.findall(r"", "ab"), re.findall(r"\b\w", "hi there you"))
print([(m.group(1), m.start()) for m in re.finditer(r"(\w)\1", "aabbcdde")], [m.span() for m in re.finditer(r"o", "foo boo")])

# sub / subn
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home and sue@work"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "John Smith"), re.sub(r"a", "b", "aaa", count=2))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1b22c333"), re.sub(r"x*", "-", "abc"), re.sub(r"(\d)", r"<\1\1>", "a1b2"))
print(re.subn(r"\s+", " ", "a  b \t c\n d"), re.subn(r"z", "y", "abc"), re.sub(r"\\", "/", "a\\b\\c"), re.sub("a", r"\n", "bab"))
print(re.sub(r"(\w+)", r"\g<1>0", "ab cd"), re.sub(r"^", ">", "l1\nl2", flags=re.M), re.sub(r"\.", "", "1.2.3"), re.sub("", "-", "ab"))

# split
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."), re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"[,;]\s*", "a, b;c;  d"), re.split(r"(,)|(;)", "a,b;c"), re.split(r"x*", "axbc"), re.split(r"\d", "a1b2c", 1))
print(re.split(r"\s", ""), re.split(r"(?=[A-Z])", "helloWorldFooBar"), re.split(r"\b", "a b"))

# flags
print(re.findall(r"hello", "Hello HELLO hello", re.IGNORECASE), re.findall(r"(?i)h.llo", "HeLLo"), re.search("é", "É", re.I))
print(re.findall(r"^\w+", "one two\nthree four\nfive", re.MULTILINE), re.findall(r"\w+$", "a b\nc d", re.M), re.findall(r"^\w+", "a\nb"))
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.DOTALL).group(), re.search(r"(?s)x.y", "x\ny").span())
pat = re.compile(r"""
    (?P<key>[a-z]+)   # the key
    \s*=\s*           # separator
    (?P<val>\d+)      # the value
""", re.VERBOSE)
print(pat.findall("a = 1, bb=22"), pat.search("zz= 9").groupdict(), pat.flags & re.VERBOSE != 0, re.I | re.M)
print(re.findall(r"\A\w", "ab\ncd", re.M), re.findall(r"\w\Z", "ab\ncd"), re.search(r"$", "ab\n").span(), re.findall(r"x$", "x\nx\n", re.M))

# compiled pattern methods
p = re.compile(r"(\d+)\.(\d+)")
print(p.pattern, p.groups, p.search("v 3.14 and 2.71").groups(), p.match("3.14").group(2), p.match("x3.14"), p.match("x3.14", 1).group())
print(p.findall("1.2 3.4"), p.sub(r"\2.\1", "1.2 3.4"), p.subn("#", "1.2 3.4 5"), p.split("a1.2b3.4c"), p.fullmatch("10.01").span())
print([m.group() for m in p.finditer("9.9 8.8")], p.search("ab 1.5 cd", 0, 5), p.search("11.5", 1).group(), repr(p))
wp = re.compile(r"\w+", re.I)
print(repr(wp), wp.flags == re.I | re.U, re.compile(r"(?P<n>x)").groupindex, p == re.compile(r"(\d+)\.(\d+)"))

# lookaround, lazy quantifiers, backreferences, classes
print(re.findall(r"\w+(?=!)", "hi! ho hey!"), re.findall(r"(?<=\$)\d+", "$10 20 $30"), re.findall(r"\b(?!un)\w+", "undo redo unit it"))
print(re.findall(r"(?<!-)\b\d+", "-1 2 -3 4"), re.search(r"<.+?>", "<a><b>").group(), re.search(r"<.+>", "<a><b>").group())
print(re.findall(r"a{2,3}?", "aaaaa"), re.findall(r"a{2}", "aaaaa"), re.findall(r"a{,2}", "aaa"), re.search(r"(\w+) \1", "hey hey you").group(1))
print(re.findall(r"[^aeiou\s]+", "quiet night"), re.findall(r"[\d.]+", "v1.2 and 3"), re.findall(r"[a-c-]+", "ab-c d"), re.findall(r"\S+", " a b "))
print(re.findall(r"(?:ab)+", "ababx ab"), re.search(r"(a)|(b)", "b").groups(), re.search(r"(a)|(b)", "b").lastindex, re.findall(r"\d\D\s\S", "1a b"))
print(re.match(r"(?P<a>x)(?P=a)", "xx").group(), re.findall(r"(?i:A)a", "aA Aa aa"), re.findall(r"[[:alpha:]]" if False else r"[A-Za-z]", "a1B"))
print(re.search(r"colou?r", "my color").group(), re.findall(r"\bcat\b", "cat concat cat."), re.findall(r"^$", "", re.M), re.match(r"\d*", "abc").span())
print(re.findall(r"[\u00e0-\u00ff]+", "café naïve"), re.findall(r"\w+", "héllo wörld 日本"), re.search(r"\d", "٣").group(), re.findall(r"(?a)\w+", "héllo"))

# escape and errors
print(re.escape("a.b*c?"), re.escape("1+1=2"), re.escape("snake_case-9 x"), re.findall(re.escape("a.b"), "a.b axb"))
for bad in [r"(", r"a)", r"[a-", r"*a", r"a{2,1}", r"(?P<1>x)", r"\1", r"(?<=a+)b", r"x**"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e, "|", e.pos)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
try:
    re.match(r"(a)", "a").group(5)
except IndexError as e:
    print("IndexError:", e)
print(type(re.error("x")).__name__, issubclass(re.error, Exception), re.match(r"a", "a").__class__.__name__)

# typical parsing tasks
log = """2024-01-05 ERROR disk full
2024-01-06 INFO started
2024-01-07 ERROR net down"""
errors = [(m["date"], m["msg"]) for m in re.finditer(r"^(?P<date>[\d-]+) ERROR (?P<msg>.*)$", log, re.M)]
print(errors)
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.findall(r"[A-Z][a-z]+|\d+", "HelloWorld42Foo"))
tokens = re.findall(r"\s*(?:(\d+\.?\d*)|(.))", "3 + 4.5*(2 - 1)")
print(tokens)
email = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.]+$")
print([bool(email.match(e)) for e in ["a@b.co", "bad@", "x.y+z@ex-ample.org"]])
print(re.sub(r"([a-z])([A-Z])", r"\1_\2", "camelCaseName").lower(), re.sub(r"_(\w)", lambda m: m.group(1).upper(), "snake_case_x"))
