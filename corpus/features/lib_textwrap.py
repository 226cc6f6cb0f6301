import textwrap

text = ("The well-known quick-witted fox -- a self-described know-it-all -- jumped over "
        "the lazy dog's half-finished sand-castle, shouting: \"Supercalifragilisticexpialidocious!\" "
        "while the anti-establishment crowd (about 1,234 people, e.g. Mr. Smith-Jones) watched.  "
        "See https://example.com/a-very-long-path-name/with-many-parts-in-it for details; "
        "numbers like 3-4 and x-ray-vision or A-B-C-D-E-F stay tricky.\tTabs\there too.")

for width in [5, 8, 10, 12, 15, 17, 20, 23, 25, 30, 33, 40, 50, 60, 70, 79, 100]:
    print("width", width)
    for line in textwrap.wrap(text, width):
        print("|" + line + "|")

print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="    "))
print(textwrap.fill(text, 25, break_long_words=False))
print(textwrap.fill(text, 25, break_on_hyphens=False))
print(textwrap.fill(text, 18, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap("a\tb\tc  d", 20, expand_tabs=False))
print(textwrap.wrap("a\tb\tc  d", 20, tabsize=4))
print(textwrap.wrap("a\tb\nc  d", 20, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 10))
print(textwrap.wrap("one. two! three? Four", 40, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=" ..."))
print(textwrap.wrap(text, 12, max_lines=1))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("--- -- ---x a--b ab--cd x--", 6))
print(textwrap.wrap("aaaaaaaaaa-bbbbbbbbbbb-cc ---------- a-b-c-d", 7))

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, 60))
print(textwrap.shorten(text, 40, placeholder=" (more)"))
try:
    print(textwrap.shorten(text, 5))
    textwrap.shorten(text, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap(text, 0)
except ValueError as e:
    print("ValueError:", e)

block = """
    def f(x):
        if x:
            return 1
   \t
        return 2
    """
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("\tone\n\t  two\n\t\tthree\n")))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("no indent\n  here\n")))
print(textwrap.indent("line a\n\nline b\n   \nline c", "> "))
print(textwrap.indent("x\ny\r\nz", "+ ", lambda line: True))
print(textwrap.indent("keep\nskip me\nkeep too\n", "# ", predicate=lambda l: l.startswith("keep")))

w = textwrap.TextWrapper(width=22, initial_indent="- ", subsequent_indent="  ")
print(w.wrap("A TextWrapper object can be reused for several paragraphs of text."))
w.width = 35
print(w.fill("A TextWrapper object can be reused for several paragraphs of text."))
