"""A tiny markdown-to-HTML converter and a few regex-heavy text utilities."""
import re
import html

SOURCE = """# Release Notes
Version **2.4.1** was released on 2024-03-15 by _Ann Lee_.

## Changes
* Fixed `parse()` crash on empty input (#123)
* Added [docs](https://example.org/docs?lang=en&v=2) & examples
* Speed-up: 3x faster **bulk** import, see #130 and #131

## Contacts
Mail ann.lee@example.org or OPS@Example.COM; phone +1 (555) 010-9999.
"""

INLINE = [
    (re.compile(r"\*\*(.+?)\*\*"), r"<b>\1</b>"),
    (re.compile(r"(?<!\w)_(.+?)_(?!\w)"), r"<i>\1</i>"),
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)"), r'<a href="\g<url>">\g<text></a>'),
]
ISSUE = re.compile(r"#(\d+)\b")


def inline(text):
    text = html.escape(text, quote=False)
    for pattern, repl in INLINE:
        text = pattern.sub(repl, text)
    return ISSUE.sub(lambda m: f'<a href="/issues/{m.group(1)}">#{int(m[1]):04d}</a>', text)


def convert(src):
    out = []
    in_list = False
    for line in src.splitlines():
        if m := re.match(r"(#{1,6})\s+(.*)", line):
            level = len(m.group(1))
            out.append(f"<h{level}>{inline(m.group(2))}</h{level}>")
            continue
        if line.startswith("* "):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"  <li>{inline(line[2:])}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if line.strip():
            out.append(f"<p>{inline(line)}</p>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


print(convert(SOURCE))

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
print([e.lower() for e in EMAIL.findall(SOURCE)])
for m in EMAIL.finditer(SOURCE):
    print(m.start(), m.end(), m.span(), repr(m.group()))
phone = re.search(r"\+(\d+)\s*\((\d{3})\)\s*(\d{3})-(\d{4})", SOURCE)
print(phone.groups(), phone.group(2, 4), "-".join(phone.groups()[1:]))
dates = re.findall(r"(\d{4})-(\d{2})-(\d{2})", SOURCE)
print(dates, [int(y) for y, _, _ in dates])
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", "due 2024-03-15, paid 2024-04-01"))
print(re.sub(r"\s+", " ", "  lots   of\t\twhite \n space ").strip())
print(re.split(r"\s*[,;]\s*", "a , b;c ;d,,e"), re.split(r"(\d)", "a1b2c"), re.split(r"x", "axbxc", maxsplit=1))
print(re.subn(r"o", "0", "foo boo zoo", count=2), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "12a"))

VERSION = re.compile(r"""
    ^v?(?P<major>0|[1-9]\d*)
    \.(?P<minor>\d+)
    (?:\.(?P<patch>\d+))?      # optional patch
    (?:-(?P<pre>[a-z]+)\.?(?P<num>\d+)?)?$
""", re.X | re.I)
for v in ["2.4.1", "v10.0", "1.2.3-rc.2", "1.2.3-BETA", "01.2", "1.x"]:
    m = VERSION.match(v)
    if m is None:
        print(f"{v:<12} invalid")
        continue
    d = m.groupdict(default="-")
    key = (int(m["major"]), int(m["minor"]), int(m["patch"] or 0))
    print(f"{v:<12} {key} pre={d['pre']:<5} num={d['num']} lastgroup={m.lastgroup}")

log = "ERROR db: timeout\nINFO web: ok\nWARNING db: slow\nerror web: 500\n"
levels = re.findall(r"^(error|warning)\b", log, flags=re.M | re.I)
print(levels, re.findall(r"^\w+ (\w+):", log, re.MULTILINE))
print(re.search(r"db.*slow", log, re.S).group(), bool(re.search(r"timeout.INFO", log)), bool(re.search(r"timeout.INFO", log, re.DOTALL)))
words = re.compile(r"\b[a-z]+\b")
print(words.findall("The cat's hat, THE END", 4), words.search("The cat").group(0))
camel = "parseHTTPResponseCode"
print(re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", camel).lower())
print(re.escape("1+1=2? (yes)"), re.compile("a+", re.I).pattern, re.compile("a+", re.I).flags & re.I != 0)
tpl = "Hello {name}, you owe {amount}. {unknown} stays."
vals = {"name": "Bo", "amount": "$5"}
print(re.sub(r"\{(\w+)\}", lambda m: vals.get(m.group(1), m.group(0)), tpl))
print(html.unescape("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; &eacute;"), html.escape('<a href="x">'))
m = re.match(r"(?P<k>\w+)=(?P<v>.*)", "key=some value")
print(m.group("k"), m["v"], m.start("v"), m.expand(r"\g<v> <- \1"), m.re.groups, m.string)
