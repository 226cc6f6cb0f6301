a = 'single' "double" '''triple''' """triple"""
b = r'\n raw' R"\d" u'unicode' U"x"
c = b'bytes' rb'\x00' Br"raw" b'\x00\xff\n\t\\\''
d = 'esc \n \t \\ \' \" \a \b \f \v \0 \101 \x41 \u00e9 \U0001F600 \N{BULLET}'
e = "implicit" 'concat' \
    "across lines"
f = """multi
line
string"""
g = 'it\'s', "say \"hi\"", 'both \' and "', "é ü 中文 😀"
h = ''
i = u'a' 'b'
j = 'a\
b'
