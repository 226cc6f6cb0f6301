import string
from string import Template

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))
print(string.capwords("hello   world  of python"), string.capwords("a-b-c d", "-"), repr(string.capwords("")))
print(string.capwords(" leading and trailing "), string.capwords("ÉCOLE été"), string.capwords("x,y,z", ","))

t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(Template("${noun}ification costs $$5").substitute(noun="python"))
print(t.safe_substitute(who="bob"), Template("$a $b $$ ${c}").safe_substitute(a=1))
print(t.template, Template("$x").substitute(x=3.5), Template("$x$y").substitute(x=[1], y=None))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
try:
    Template("${x").substitute(x=1)
except ValueError as e:
    print("ValueError:", e)
print(Template("bad $ sign").safe_substitute(), Template("$_under_1 $9").safe_substitute(_under_1="u"))
print(Template("$who is $who").get_identifiers(), Template("$a ${b} $$c").is_valid(), Template("$").is_valid())

fmt = string.Formatter()
print(fmt.format("{0} + {1} = {total}", 1, 2, total=3), fmt.format("{:>8.3f}|{x!r}", 3.14159, x="s"))
print(fmt.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print([tuple(p) for p in fmt.parse("x{0}y{name!r:>3}z")])

# characters classes used in real programs
word = "Hello, World! 123"
print("".join(c for c in word if c in string.ascii_letters), sum(c in string.punctuation for c in word))
print(str.maketrans("", "", string.punctuation) == str.maketrans("", "", string.punctuation))
print(word.translate(str.maketrans("", "", string.punctuation + string.digits)))
print(string.ascii_lowercase.index("q"), string.ascii_uppercase[::5], string.digits[::-1])
