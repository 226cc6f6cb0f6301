import html
from html import escape, unescape

print(html.escape('<a href="x">Tom & Jerry\'s</a>'))
print(escape("<b>\"q\" & 'a'</b>", quote=False), escape("x", False), escape("''", quote=0))
samples = [
    "&lt;p&gt; &amp;amp; &quot;x&quot; &#39;y&#39; &apos;",
    "caf&eacute; na&iuml;ve &copy 2024 &notit; &notin; &amp",
    "&#x41;&#X42;&#67;&#0;&#x80;&#x81;&#150;&#xD800;&#1114112;&#99999999999999999999;",
    "&#1;&#x0b;&#x7F;&#xFFFE;&#x1FFFF;&#xFDD0;&#13;&#10;x",
    "&unknown; & alone &# &#x &#xZ; && &;",
    "&AMP; &Amp; &ltfoo &gtx &NotEqualTilde; &nbsp;|&nbsp|",
    "no refs at all",
    "&" + "a" * 40 + ";",
]
for s in samples:
    print(repr(unescape(s)))
print(unescape(escape("5 > 3 & 'x' < \"y\"")) == "5 > 3 & 'x' < \"y\"")
for bad in (lambda: escape(5), lambda: unescape(5), lambda: escape()):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
