s = "naïve café — 日本語 😀!"
print(s, len(s), s[6], s[-2], s[12:15], s[::-1])
print([c for c in s if ord(c) > 127])
print(s.upper(), s.title(), s.split(), s.find("日"), s.index("😀"), s.count("é"))
print(repr(s), ascii("é日"), repr("😀"), ascii("😀"))
print(sorted("éae"), "é" > "z", max("aé日"), [ord(c) for c in "aé日😀"])
print("ǅemo".isalpha(), "٣".isdigit(), "Ⅻ".isnumeric(), "é".isalpha(), " \u00a0".isspace())
print(f"{'日本':*^10}", "{:>6}|".format("é"), "%-4s|" % "ü")
word = "straße"
print(word.upper(), word.lower(), len(word.upper()), word.replace("ß", "ss"))
print("".join(chr(c) for c in range(0x3b1, 0x3b6)), "ΑΒΓ".lower(), "\u0041\u030a", len("\u0041\u030a"))
for ch in "hé日":
    print(ch, ord(ch), hex(ord(ch)), repr(ch))
print("a\tb\\n", r"raw\n", "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
