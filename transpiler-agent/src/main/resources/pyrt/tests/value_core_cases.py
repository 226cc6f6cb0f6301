"""Cases for gen_value_core.py. Each snippet's last line is an expression whose repr (or
raised `Type: message`) CPython 3.12 gives the expected outcome."""

CASES = [
    ("numeric_tower", [
        "True + 1", "True + True", "1 + 2.5", "2 ** 100", "7 / 2", "6 / 3", "-7 // 2", "-7 % 3",
        "7.5 // 2", "-7.5 % 2", "7 % -3", "2 ** -1", "(-2) ** 3", "2.0 ** 0.5", "10 ** 20 * 10 ** 20",
        "9223372036854775807 + 1", "-9223372036854775808 - 1", "3 * 4.0", "1 / 3", "True / 2",
        "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0", "1.0 % 0", "0 ** -1", "0.0 ** -1",
        "2 ** 10000 * 1.0", "1 << 70", "-1 >> 3", "1 << -1", "5 & 3", "5 | 3", "5 ^ 3", "True & False",
        "True | 2", "True ^ True", "~5", "~True", "-True", "+True", "-(2 ** 63)", "-2.5", "~1.5",
        "-'a'", "1 + 'a'", "'a' + 1", "[1] + (1,)", "(1,) + [1]", "None + None", "1 @ 2", "[1] * 1.5",
        "1.5 * 'a'", "2 ** 0.5 * 2 ** 0.5", "0.1 + 0.2", "1e308 * 10", "int_ = 5\nint_ ** 2",
        "10 % 3.5", "-0.0", "0.0 * -1", "2 ** 62 * 4", "(2 ** 64) // 3", "(2 ** 64) % 7",
        "-(2 ** 64) // 3", "(2 ** 64) / (2 ** 32)", "3 - True", "1.5 ** 2", "4 ** 0.5",
        "1 ** -2",
    ]),
    ("sequences", [
        "'ab' + 'cd'", "'ab' * 3", "'ab' * -2", "3 * 'ab'", "[1, 2] + [3]", "[1, 2] * 2", "2 * [0]",
        "(1,) + (2, 3)", "(1, 2) * 0", "True * 'x'", "[1] * True", "b'ab' + b'c'", "b'ab' * 2",
        "'abc' < 'abd'", "'Z' < 'a'", "'é' > 'z'", "[1, 2] < [1, 3]", "[1, 2] < [1, 2, 0]", "(1, 'a') < (1, 'b')",
        "(1, 2) == (1, 2)", "[1, 2] == (1, 2)", "[] < []", "[1] < (1,)", "1 < 'a'", "None < None",
        "(1, 'a') < (1, 2)", "[1, [2, 3]] == [1, [2, 3]]", "[1.0, True] == [1, 1]", "'a' == 1",
        "x = float('nan')\n[x] == [x]", "x = float('nan')\nx == x",
        "1 == 1.0", "(2 ** 53 + 1) == 9007199254740992.0",
        "10 ** 30 < 1e30", "10 ** 30 > 1e29", "1 < float('inf')", "b'a' < b'b'", "'a' != 'b'",
        "[1, 2] != [1, 2]", "(1, 2) >= (1, 2)", "[3] > [2, 9]", "(1,) <= (1, 0)",
    ]),
    ("containers_compare", [
        "{1, 2} == frozenset({1, 2})", "{1} < {1, 2}", "{1, 2} <= {1, 2}", "{1, 2} < {1, 2}", "{1, 3} > {1}",
        "{1} < [1]", "{'a': 1, 'b': 2} == {'b': 2, 'a': 1}", "{'a': 1} == {'a': 2}", "{1: 'x'} == {1.0: 'x'}",
        "{} < {}", "range(0) == range(2, 2)", "range(0, 3) == range(3)", "range(1, 10, 3) == range(1, 11, 3)",
        "slice(1, 2) == slice(1, 2)", "1 in [1, 2]", "3 in (1, 2)", "'b' in 'abc'", "'' in 'abc'",
        "1 in 'abc'", "'a' in 1", "1 in {1: 2}", "[1] in {1: 2}", "2 in {1, 2}", "{1} in {frozenset({1})}",
        "5 in range(0, 10, 5)", "6 in range(0, 10, 5)", "-3 in range(0, -10, -3)", "1.0 in range(3)",
        "True in [1]", "2 ** 70 in range(2 ** 71)", "97 in b'abc'", "b'bc' in b'abc'", "1 not in [2]",
        "None is None", "[] is []", "x = []\nx is x",
    ]),
    ("sets_and_dicts", [
        "{5, 3, 100, 8, -1, 33}", "{1, 2, 3} | {3, 4}", "{1, 2, 3} & {2, 3, 4}", "{1, 2, 3} - {2}",
        "{1, 2, 3} ^ {3, 4}", "frozenset({1, 2}) | {3}", "{3} | frozenset({1, 2})", "{1} | [2]",
        "set()", "frozenset()", "frozenset({3, 1})", "{1, 1.0, True}", "{0, False, 0.0}",
        "{'a': 1} | {'b': 2, 'a': 3}", "{1: 'a', 1.0: 'b', True: 'c'}", "{[1]: 2}", "{(1, 2): 3}",
        "s = set()\ns.add(8)\ns.add(16)\ns.add(0)\ns.add(24)\ns.add(1)\ns",
        "s = set()\nadds(s, range(0, 140, 7))\ns",
        "s = set()\nadds(s, range(-50, 470, 13))\ndiscards(s, range(-50, 470, 39))\nadds(s, range(100, 120))\ns",
        "s = {1, 2, 3, 4, 5, 6}\ndiscards(s, [1, 2, 3, 4, 5, 6])\nadds(s, [14, 6, 22])\ns",
        "s = set()\nadds(s, range(1000))\ndiscards(s, range(0, 1000, 2))\nadds(s, range(2000, 2010))\nlist(s)[-20:]",
        "{100, 200, 300, 400, 500, 600, 700, 800, 900}", "{-5, -4, -3, -2, -1, 0, 1, 2}",
        "{2 ** 61, 2 ** 61 - 1, 2 ** 64, -2 ** 61}", "{1.5, 2.5, 0.5, 100.25}",
        "{(1, 2), (2, 1), (0, 0)}", "set([9, 1, 17, 25, 33])", "set(range(30, 0, -3))",
        "set({9: 1, 1: 2, 17: 3, 25: 4, 33: 5})", "set({9, 1, 17, 25, 33})", "frozenset([7, 15, 23])",
        "{1, 2, 3, 4, 5, 6, 7, 8, 9} - {1}", "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17} - {1, 2}",
        "{10, 20, 30, 40, 50, 60, 70} & {70, 60, 50, 40}", "{1, 9, 17} ^ {9, 25, 33, 41}",
        "d = {}\nd['x'] = 1\nd['y'] = 2\nd['x'] = 3\nd", "d = {1: 2}\nd[1.0] = 5\nd",
        "d = {'a': 1, 'b': 2, 'c': 3}\ndel d['b']\nd['b'] = 4\nd", "d = {'a': 1}\nd['z']", "d = {}\nd[[1]]",
        "d = {'a': 1}\ndel d['q']", "d = {(1, 'a'): 1}\nd[(1, 'b')]", "d = {}\nd[1.5]",
        "d = {'a': 1}\nd |= {'b': 2}\nd", "d = {'a': 1}\nd |= [('c', 3)]\nd",
    ]),
    ("hashes", [
        "hash(0)", "hash(-1)", "hash(-2)", "hash(2 ** 61 - 1)", "hash(2 ** 61)", "hash(2 ** 64 + 5)",
        "hash(-(2 ** 100))", "hash(1.5)", "hash(-0.1)", "hash(1e300)", "hash(5e-324)", "hash(2.0)",
        "hash(float('inf'))", "hash(float('-inf'))", "hash(True)", "hash(None)", "hash((1, 2))",
        "hash(())", "hash((1, (2, 3.5), None))", "hash(frozenset({1, 2, 3}))", "hash(frozenset())",
        "hash(range(5))", "hash(range(0))", "hash(range(3, 4))", "hash(range(1, 10, 3))",
        "hash(slice(1, 2))", "hash([])", "hash({})", "hash({1})", "hash((1, [2]))", "hash(-1.0)",
        "hash(1e-300)", "hash(123456789.123)",
    ]),
    ("reprs", [
        "repr(1.0)", "repr(1e16)", "repr(1e-5)", "repr(0.1)", "repr(-0.0)", "repr(float('inf'))",
        "repr(float('nan'))", "repr(\"it's\")", "repr('say \"hi\"')", "repr('both \\' and \"')",
        "repr('tab\\tnl\\n\\x00é')", "str('x')", "repr(None)", "repr(True)", "repr(NotImplemented)",
        "repr(...)", "repr([1, 'a', None, 2.5])", "repr((1,))", "repr(())", "repr((1, 2))",
        "repr({'a': [1, {2: 3}]})", "repr({})", "repr(set())", "repr({1, 2})", "repr(frozenset({1}))",
        "repr(frozenset())", "repr(range(0, 5))", "repr(range(5, 0, -2))", "repr(slice(1, 2))",
        "repr(slice(None, None, -1))", "repr(b'ab\\'\\x00\\xff')", "repr(b'\"q\"')", "repr(b\"'\")",
        "str(b'x')", "str([1, 'a'])", "str(('a',))", "str(2 ** 100)", "str(True)", "str(-0.5)",
        "x = [1]\nx.append(x)\nrepr(x)", "d = {}\nd['k'] = d\nrepr(d)", "x = [1]\ny = [x, x]\nrepr(y)",
        "ascii('é✓😀')", "repr('\\u200b\\x7f')",
    ]),
    ("formatting", [
        "format(5, '05d')", "format(255, '#x')", "format(1234567, ',')", "format(3.14159, '.2f')",
        "format(0.5, '%')", "format(True, '')", "format(True, 'd')", "format('ab', '>5')",
        "format('ab', '^6')", "format(1e20, 'g')", "format(None, '')", "format([1], '')",
        "format([1], 'x')", "format(1.0, '')", "format('x', 'd')", "format(2.5, 'e')",
        "pct('%s and %r', ('a', 'b'))", "pct('%d', 3.99)", "pct('%5.2f|%-5d|%05d|%+d|% d', (3.14159, 4, -42, 5, 6))",
        "pct('%#x %#o %X %e %g %c %% %i %u', (255, 8, 255, 12345.678, 0.00001234, 65, 7, 8))",
        "pct('%.3s|%*d|%-*d|', ('abcdef', 4, 9, 3, 1))", "pct('%s', ())", "pct('%s', [])", "pct('%s', {'a': 1})",
        "pct('%(a)s %(b)r', {'a': 1, 'b': 'x'})", "pct('%(a)s', 5)", "pct('%d %d', (1,))", "pct('%d', (1, 2))",
        "pct('%x', 1.5)", "pct('%f', 'a')", "pct('%d', 'a')", "pct('%c', 'ab')", "pct('%c', 'z')",
        "pct('%c', 1114112)", "pct('%.2d', 5)", "pct('%s', 5)", "pct('', 5)", "pct('%', 5)",
        "pct('%z', 5)", "pct('%-8.3f|', 2.5)", "pct('%08.3f', -2.5)", "pct('%+.1e', 12345.0)",
        "pct('%g %G', (1e-10, 1e20))", "pct('%#.0f', 3.0)", "pct('%.0f', 2.5)", "pct('%5s|%-5s|', ('a', 'b'))",
        "pct('%f', float('inf'))", "pct('%05d', -3)", "pct('%#08x', 255)", "pct('%r', \"it's\")",
        "pct('%a', 'é')", "pct('%s %s', (1, [2, 3]))", "pct('%d%%', 50)", "pct('%.3g', 2 ** 0.5)",
        "'%s' % 'x'", "'%d items' % 3",
    ]),
    ("subscripts", [
        "[1, 2, 3][0]", "[1, 2, 3][-1]", "[1, 2, 3][3]", "[1, 2, 3][-4]", "[1, 2, 3][True]", "[1, 2, 3]['x']",
        "[1, 2, 3][1.0]", "(1, 2)[5]", "(1, 2)['a']", "'abc'[1]", "'abc'[-1]", "'abc'[3]", "'abc'['x']",
        "'héllo'[1]", "range(10)[3]", "range(10)[-1]", "range(10)[10]", "range(10)['x']", "b'abc'[0]",
        "b'abc'[5]", "b'a'['x']", "[0, 1, 2, 3, 4, 5][1:4]", "[0, 1, 2, 3, 4, 5][::2]", "[0, 1, 2, 3, 4, 5][::-1]",
        "[0, 1, 2, 3, 4, 5][-2:]", "[0, 1, 2, 3, 4, 5][4:1:-1]", "[0, 1, 2, 3, 4, 5][10:]",
        "[0, 1, 2, 3, 4, 5][:-10:-2]", "[0, 1, 2][::0]", "[0, 1, 2]['a':]", "'hello'[1:3]", "'hello'[::-1]",
        "'héllo'[::2]", "(1, 2, 3)[1:]", "b'hello'[1:3]", "range(10)[2:8:2]", "range(10)[::-1]",
        "range(0, 10, 3)[0:3:2]", "range(10)[1:100]", "range(5, 0, -1)[1:3]", "range(10)[-3:]",
        "5[0]", "None[0]", "{1: 2}[1]", "2 ** 64 * [1]", "[1, 2][2 ** 64]",
        "x = [1, 2, 3]\nx[0] = 9\nx", "x = [1, 2, 3]\nx[-1] = 9\nx", "x = [1]\nx[5] = 2", "x = [1]\nx['a'] = 2",
        "x = [1, 2, 3]\nx[0:2] = [7, 8, 9]\nx", "x = [1, 2, 3]\nx[::2] = [7]", "x = [1, 2, 3]\nx[::2] = [7, 8]\nx",
        "x = [1, 2, 3, 4]\nx[::-2] = 'ab'\nx", "x = [1, 2, 3]\nx[1:1] = (5, 6)\nx", "x = [1, 2, 3]\nx[2:0] = [0]\nx",
        "x = [1, 2, 3]\nx[:] = x\nx", "x = [1, 2, 3]\nx[1:] = 5", "x = [1, 2, 3]\nx[::2] = 5",
        "x = (1, 2)\nx[0] = 5", "x = 'ab'\nx[0] = 'c'", "x = [1, 2, 3, 4, 5]\ndel x[1]\nx", "x = [1, 2, 3, 4, 5]\ndel x[::2]\nx",
        "x = [1, 2, 3, 4, 5]\ndel x[1:3]\nx", "x = [1]\ndel x[3]", "x = (1,)\ndel x[0]", "x = [1, 2, 3, 4, 5]\ndel x[::-2]\nx",
    ]),
    ("inplace_and_unpack", [
        "x = [1]\ny = x\nx += [2]\ny", "x = [1]\nx += (2, 3)\nx", "x = [1]\nx += 'ab'\nx", "x = (1,)\ny = x\nx += (2,)\ny",
        "x = [1, 2]\nx *= 2\nx", "x = 'a'\nx += 'b'\nx", "x = 1\nx += 'a'", "x = 'a'\nx += 1", "x = {1, 2}\ny = x\nx |= {3}\ny",
        "x = {1, 2, 3}\nx -= {2}\nx", "x = {1, 2, 3}\nx &= {2, 3, 4}\nx", "x = {1, 2}\nx ^= {2, 3}\nx", "x = {1}\nx |= [2]",
        "x = 5\nx **= 2\nx", "x = 7\nx //= 2\nx", "x = 7\nx /= 2\nx", "x = 7\nx %= 4\nx", "x = 1\nx <<= 3\nx", "x = 6\nx &= 3\nx",
        "a, b = [1, 2]\n(a, b)", "a, b = [1, 2, 3]", "a, b = (1, 2, 3)", "a, b, c = [1, 2]", "a, b = 'xy'\nb",
        "a, b = 1", "a, b = {'p': 1, 'q': 2}\nb", "a, *b = [1, 2, 3]\nb", "*a, b = (1, 2, 3)\na", "a, *b, c = 'xyz'\n(a, b, c)",
        "a, *b, c, d = [1, 2]", "a, *b = []", "a, *b = 5", "a, b = iter([1, 2, 3])", "a, b, c = iter([1])",
        "a, b = range(2)\na + b", "(a, b), c = [(1, 2), 3]\n(a, b, c)",
    ]),
    ("truthiness_len_iter", [
        "bool(0)", "bool(0.0)", "bool('')", "bool('a')", "bool([])", "bool([0])", "bool(())", "bool({})",
        "bool(set())", "bool(range(0))", "bool(range(2))", "bool(None)", "bool(2 ** 100)", "bool(b'')",
        "not 1", "not []", "len('héllo')", "len([1, 2])", "len({1: 2})", "len(range(0, 10, 3))", "len(range(10, 0))",
        "len(5)", "len(None)", "len(range(2 ** 70))", "list('abc')", "list(range(3))", "list(range(10, 0, -3))",
        "list({'a': 1, 'b': 2})", "list({3, 1, 2})", "list(b'ab')", "list((1, 2))", "list(5)", "list(None)",
        "list(range(2 ** 64, 2 ** 64 + 2))", "tuple('ab')", "next(iter([]))", "next(iter([]), 'd')",
        "it = iter([1, 2, 3])\nnext(it)\nlist(it)", "next([1])", "it = iter('ab')\n(next(it), next(it), next(it, None))",
        "sorted([3, 1, 2])", "sorted([1, 'a'])", "sorted(['b', 'a', 'c'])", "sorted([(1, 'b'), (1, 'a'), (0, 'z')])",
        "sorted([3.5, 1, True, -2])", "sorted(['b', 1, 'a'])", "sorted({3: 1, 1: 2})",
        "sorted(list(range(100, 0, -7)) + list(range(50)))",
    ]),
    ("more_edges", [
        "repr([1e16, 0.1, -0.0, 'it\\'s'])", "str(10 ** 5000)", "pct('%s', ((1, 2),))", "pct('%s %s', [1])",
        "{1: 2} < {1: 3}", "(1, 2) < (1, 'a')", "range(3) == [0, 1, 2]", "1 == True", "hash(1.0) == hash(1)",
        "{True: 'a', 1: 'b'}", "x = [1, 2, 3]\nx[5:] = [9]\nx", "x = [1, 2, 3]\nx[-10:1] = []\nx", "a, b = 'abc'",
        "len(frozenset())", "'abc' * True", "-7.5 % -2", "7.5 % -2", "-0.0 % 5", "10 ** -2", "(-2) ** -1",
        "(-8) ** 2.0", "0 ** 0", "0.0 ** 0", "True ** 2", "5 // True", "5 % True", "True // 0", "2 ** 64 >> 1",
        "-(2 ** 64) >> 70", "~(2 ** 64)", "1 << 64", "(2 ** 64) & -1", "1.5 & 1", "None == None", "None == 0",
        "1 < 2.5", "2 ** 1000 < float('inf')", "2 ** 1000 == float('inf')", "[] == []", "() == ()", "[[]] * 3",
        "'abcdef'[::-2]", "'abcdef'[-100:100]", "range(10)[::3]", "range(0, 10, 3)[::-1]", "range(-5)[0]",
        "len(range(0, 10, -1))", "list(range(0, -10, -3))", "frozenset({1, 2}) == {1, 2}",
        "hash(frozenset({frozenset()}))", "{1, 2} - frozenset({1})", "{1, 2} & [1]", "{} | []",
        "x = (1, 2)\nx *= 2\nx", "x = 'ab'\nx *= 3\nx", "x = [1]\nx *= 'a'", "x = [1]\nx += 5",
        "pct('%5%', ())", "pct('%(a)s %s', {'a': 1})", "pct('%s', None)", "pct('%d', True)", "pct('%s', True)",
        "pct('%r', 1.0)", "pct('%i', 2 ** 70)", "pct('%x', -255)", "pct('%#X', 255)", "pct('%o', 8)",
        "pct('%e', 0)", "pct('%g', 100000.0)", "pct('%g', 1e6)", "pct('%.0e', 12345)", "pct('%10.4s|', 'abcdefg')",
        "pct('%-10r|', 'a')", "pct('%c', 65.0)", "pct('%d', '5')", "pct('%s', b'x')", "pct('%+05d', 3)",
        "pct('% 05.1f', 2.25)", "pct('%-05d|', 3)", "pct('%.1f', 0.05)", "pct('%.2f', 2.675)", "pct('%s', 1.0)",
        "pct('%s', 1e100)", "pct('%d', 1e20)", "pct('%d', float('inf'))", "format(1e100, '')", "format(12, '')",
        "format(-0.0, 'z.1f')", "format('abc', '.2')", "format(3, 'c')", "format(True, '>5')",
        "[1, 2, 3].__class__" if False else "[1, (2, 3), {4: [5]}] == [1, (2, 3), {4: [5]}]",
        "x = [3, 1, 2]\nsorted(x) == x", "sorted([[2], [1, 5], [1]])", "sorted(['b', 'A', 'a', 'B'])",
        "sorted([2, 1.5, True, 0, -1.5])", "sorted((5, 3), )", "sorted('hello')", "sorted({'x': 1, 'a': 2})",
        "sorted([1, 2, None])", "sorted([None, 2])", "sorted([[1], (1,)])", "sorted([{1}, {2}, {1, 2}])",
        "list('héllo')[1]", "list(iter(range(3)))", "1 in iter([1, 2])", "next(iter({}), 0)",
        "repr({(1, 2): [3, {'a': (4,)}]})", "bool(frozenset())", "bool(-0.0)",
        "str(...)", "str(NotImplemented)", "repr(range(2 ** 70))", "repr(slice(-1, None))", "str(slice('a', 2.5, None))",
        "list(range(2 ** 64, 2 ** 64 + 6, 2))", "range(2 ** 64)[-1]", "len(range(2 ** 64))", "range(5)[2 ** 64]",
        "[1, 2][-2 ** 64]", "[1, 2][2 ** 64:]", "'ab' * (2 ** 64)", "'' * (2 ** 64)", "[1] * -(2 ** 64)",
    ]),
]

# Programs with loops: (test name, Python source printing lines, Rust body appending to `out`).
HAND_WRITTEN = [
    ("list_iteration_sees_appends", """
xs = [1, 2]
for x in xs:
    if x < 4:
        xs.append(x + 2)
    print(x)
""", """
let xs = Value::list(vec![Value::int(1), Value::int(2)]);
for x in iterate(&xs)? {
    let x = x?;
    if truthy(&lt(&x, &Value::int(4))?)? {
        if let Value::List(l) = &xs { l.borrow_mut().push(add(&x, &Value::int(2))?); }
    }
    say(&mut out, &x)?;
}
"""),
    ("dict_changed_size_during_iteration", """
d = {1: 2}
for k in d:
    print(k)
    d[k + 1] = 1
""", """
let d = Value::dict(vec![(Value::int(1), Value::int(2))])?;
for k in iterate(&d)? {
    let k = k?;
    say(&mut out, &k)?;
    setitem(&d, add(&k, &Value::int(1))?, Value::int(1))?;
}
"""),
    ("set_changed_size_during_iteration", """
s = {1, 2}
for k in s:
    print(k)
    s.add(k + 10)
""", """
let s = Value::set(vec![Value::int(1), Value::int(2)])?;
for k in iterate(&s)? {
    let k = k?;
    say(&mut out, &k)?;
    if let Value::Set(inner) = &s { inner.borrow_mut().add(add(&k, &Value::int(10))?)?; }
}
"""),
    ("dict_iteration_sees_value_updates", """
d = {'a': 1, 'b': 2, 'c': 3}
for k in d:
    d['c'] = 30
    print(k, d[k])
""", """
let d = Value::dict(vec![(Value::str("a"), Value::int(1)), (Value::str("b"), Value::int(2)), (Value::str("c"), Value::int(3))])?;
for k in iterate(&d)? {
    let k = k?;
    setitem(&d, Value::str("c"), Value::int(30))?;
    out.push_str(&format!("{} {}\\n", str_of(&k)?, str_of(&getitem(&d, &k)?)?));
}
"""),
    ("shared_iterator_state", """
it = iter([1, 2, 3, 4, 5])
for x in it:
    print(x, next(it, None))
""", """
let it = iterate::iter_value(&Value::list((1..=5).map(Value::int).collect()))?;
for x in iterate(&it)? {
    let x = x?;
    let y = next_or(&it, Some(Value::None))?;
    out.push_str(&format!("{} {}\\n", str_of(&x)?, str_of(&y)?));
}
"""),
    ("big_range_and_negative_steps", """
for i in range(2 ** 64 - 1, 2 ** 64 + 2):
    print(i)
for i in range(5, -5, -3):
    print(i)
for i in range(9223372036854775806, 9223372036854775807 + 5, 3):
    print(i)
""", """
for (a, b, c) in [(Value::big("18446744073709551615"), Value::big("18446744073709551618"), Value::int(1)),
                  (Value::int(5), Value::int(-5), Value::int(-3)),
                  (Value::int(9223372036854775806), Value::big("9223372036854775812"), Value::int(3))] {
    for i in iterate(&range(a, b, c))? {
        say(&mut out, &i?)?;
    }
}
"""),
    ("set_pop_and_order_after_removals", """
s = {1, 2, 3, 9, 17}
s.discard(9)
s.add(25)
print(s)
print(s.pop(), s.pop(), s)
s.add(1)
print(s)
""", """
let mut s = SetObj::from_constants(vec![Value::int(1), Value::int(2), Value::int(3), Value::int(9), Value::int(17)])?;
s.remove(&Value::int(9))?;
s.add(Value::int(25))?;
let v = Value::Set(Rc::new(RefCell::new(s)));
say(&mut out, &v)?;
if let Value::Set(inner) = &v {
    let a = inner.borrow_mut().pop_first().unwrap();
    let b = inner.borrow_mut().pop_first().unwrap();
    out.push_str(&format!("{} {} {}\\n", str_of(&a)?, str_of(&b)?, str_of(&v)?));
    inner.borrow_mut().add(Value::int(1))?;
}
say(&mut out, &v)?;
"""),
    ("string_iteration_by_code_point", """
for c in 'hé😀':
    print(repr(c))
""", """
for c in iterate(&Value::str("hé😀"))? {
    say(&mut out, &Value::Str(repr_of(&c?)?))?;
}
"""),
]

# Instances: operator and protocol dispatch through class.rs (make_class / call_dunder).
_V_PY = """
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x)
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x
    def __lt__(self, o):
        return self.x < o.x
    def __repr__(self):
        return f"V({self.x})"
    def __len__(self):
        return self.x
    def __neg__(self):
        return V(-self.x)
"""

_V_RS = """
let slot: Rc<RefCell<Option<Value>>> = Rc::new(RefCell::new(None));
let s1 = slot.clone();
let s2 = slot.clone();
let s3 = slot.clone();
let s4 = slot.clone();
let s5 = slot.clone();
let is_v = move |o: &Value| -> bool {
    match (o, &*s5.borrow()) {
        (Value::Instance(i), Some(Value::Class(c))) => Rc::ptr_eq(&i.class, c),
        _ => false,
    }
};
let is_v2 = is_v.clone();
let init = Value::function("__init__", "V.__init__", Params::new(&["self", "x"]), vec![], vec![], |a| {
    setattr(&a[0], "x", a[1].clone())?;
    Ok(Value::None)
});
let add_ = Value::function("__add__", "V.__add__", Params::new(&["self", "o"]), vec![], vec![], move |a| {
    let other = if is_v(&a[1]) { getattr(&a[1], "x")? } else { a[1].clone() };
    let cls = s1.borrow().clone().unwrap();
    call(&cls, vec![add(&getattr(&a[0], "x")?, &other)?], vec![])
});
let radd_ = Value::function("__radd__", "V.__radd__", Params::new(&["self", "o"]), vec![], vec![], move |a| {
    let cls = s2.borrow().clone().unwrap();
    call(&cls, vec![add(&a[1], &getattr(&a[0], "x")?)?], vec![])
});
let eq_ = Value::function("__eq__", "V.__eq__", Params::new(&["self", "o"]), vec![], vec![], move |a| {
    if !is_v2(&a[1]) {
        return Ok(Value::FALSE);
    }
    eq(&getattr(&a[0], "x")?, &getattr(&a[1], "x")?)
});
let lt_ = Value::function("__lt__", "V.__lt__", Params::new(&["self", "o"]), vec![], vec![], |a| {
    lt(&getattr(&a[0], "x")?, &getattr(&a[1], "x")?)
});
let repr_ = Value::function("__repr__", "V.__repr__", Params::new(&["self"]), vec![], vec![], |a| {
    Ok(join_strs(vec![Str::from("V("), format_value(&getattr(&a[0], "x")?, "")?, Str::from(")")]))
});
let len_ = Value::function("__len__", "V.__len__", Params::new(&["self"]), vec![], vec![], |a| getattr(&a[0], "x"));
let neg_ = Value::function("__neg__", "V.__neg__", Params::new(&["self"]), vec![], vec![], move |a| {
    let cls = s3.borrow().clone().unwrap();
    call(&cls, vec![neg(&getattr(&a[0], "x")?)?], vec![])
});
let cls = make_class("V", "V", vec![], vec![("__init__", init), ("__add__", add_), ("__radd__", radd_),
    ("__eq__", eq_), ("__lt__", lt_), ("__repr__", repr_), ("__len__", len_), ("__neg__", neg_)], vec![])?;
*s4.borrow_mut() = Some(cls.clone());
let v = |x: i64| call(&cls, vec![Value::int(x)], vec![]);
"""

HAND_WRITTEN += [
    ("instance_operators_dispatch", _V_PY + """
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
show(lambda: V(1) + V(2))
show(lambda: 1 + V(2))
show(lambda: V(1) + 5)
show(lambda: V(1) == V(1))
show(lambda: V(1) != V(2))
show(lambda: V(1) == 1)
show(lambda: V(1) < V(2))
show(lambda: V(2) > V(1))
show(lambda: V(1) <= V(2))
show(lambda: len(V(3)))
show(lambda: bool(V(0)))
show(lambda: -V(2))
show(lambda: sorted([V(3), V(1), V(2)]))
show(lambda: [V(1)])
show(lambda: hash(V(1)))
show(lambda: V(1) in [V(0), V(1)])
show(lambda: V(1) * 2)
show(lambda: str(V(1)))
show(lambda: format(V(1), ''))
show(lambda: format(V(1), 'x'))
show(lambda: 'a' + V(1))
show(lambda: {V(1): 2})
show(lambda: '%s|%r' % (V(1), V(2)))
show(lambda: '%s' % V(3))
show(lambda: [1] + V(1))
show(lambda: V(1) + [1])
show(lambda: V)
show(lambda: [int, str, ValueError])
show(lambda: 1 if V(1) else 0)
""", _V_RS + """
let mut show = |r: PyResult<Value>| {
    let line = match r.and_then(|x| str_of(&x)) {
        Ok(s) => s.to_string(),
        Err(e) => e.to_string(),
    };
    out.push_str(&line);
    out.push('\\n');
};
show(add(&v(1)?, &v(2)?));
show(add(&Value::int(1), &v(2)?));
show(add(&v(1)?, &Value::int(5)));
show(eq(&v(1)?, &v(1)?));
show(ne(&v(1)?, &v(2)?));
show(eq(&v(1)?, &Value::int(1)));
show(lt(&v(1)?, &v(2)?));
show(gt(&v(2)?, &v(1)?));
show(le(&v(1)?, &v(2)?));
show(ops::len_of(&v(3)?).map(|n| Value::int(n as i64)));
show(truthy(&v(0)?).map(Value::Bool));
show(neg(&v(2)?));
show(sorted(&Value::list(vec![v(3)?, v(1)?, v(2)?])));
show(Ok(Value::list(vec![v(1)?])));
show(hash::hash_value(&v(1)?).map(Value::int));
show(contains(&Value::list(vec![v(0)?, v(1)?]), &v(1)?).map(Value::Bool));
show(mul(&v(1)?, &Value::int(2)));
show(str_of(&v(1)?).map(Value::Str));
show(format_value(&v(1)?, "").map(Value::Str));
show(format_value(&v(1)?, "x").map(Value::Str));
show(add(&Value::str("a"), &v(1)?));
show(Value::dict(vec![(v(1)?, Value::int(2))]));
show(modulo(&Value::str("%s|%r"), &Value::tuple(vec![v(1)?, v(2)?])));
show(modulo(&Value::str("%s"), &v(3)?));
show(add(&Value::list(vec![Value::int(1)]), &v(1)?));
show(add(&v(1)?, &Value::list(vec![Value::int(1)])));
show(Ok(cls.clone()));
show(Ok(Value::list(vec![
    Value::Class(pyrt::value::class::builtin_class(pyrt::value::BuiltinType::Int)),
    Value::Class(pyrt::value::class::builtin_class(pyrt::value::BuiltinType::Str)),
    Value::Class(pyrt::value::exception::exception_class("ValueError").unwrap()),
])));
show(truthy(&v(1)?).map(|b| Value::int(b as i64)));
"""),
    ("instance_iteration_protocols", """
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Count(3)))
a, b = Count(2)
print(a, b)
print(list(Seq()))
print(20 in Seq(), 5 in Seq())
it = iter(Count(2))
print(next(it), next(it), next(it, 'end'))
a, b = Count(3)
""", """
let init = Value::function("__init__", "Count.__init__", Params::new(&["self", "n"]), vec![], vec![], |a| {
    setattr(&a[0], "i", Value::int(0))?;
    setattr(&a[0], "n", a[1].clone())?;
    Ok(Value::None)
});
let iter_ = Value::function("__iter__", "Count.__iter__", Params::new(&["self"]), vec![], vec![], |a| Ok(a[0].clone()));
let next_ = Value::function("__next__", "Count.__next__", Params::new(&["self"]), vec![], vec![], |a| {
    if truthy(&ge(&getattr(&a[0], "i")?, &getattr(&a[0], "n")?)?)? {
        return Err(PyErr::new("StopIteration", ""));
    }
    setattr(&a[0], "i", iadd(&getattr(&a[0], "i")?, &Value::int(1))?)?;
    getattr(&a[0], "i")
});
let count = make_class("Count", "Count", vec![], vec![("__init__", init), ("__iter__", iter_), ("__next__", next_)], vec![])?;
let getitem_ = Value::function("__getitem__", "Seq.__getitem__", Params::new(&["self", "i"]), vec![], vec![], |a| {
    if truthy(&ge(&a[1], &Value::int(3))?)? {
        return Err(PyErr::new("IndexError", ""));
    }
    mul(&a[1], &Value::int(10))
});
let seq = make_class("Seq", "Seq", vec![], vec![("__getitem__", getitem_)], vec![])?;
say(&mut out, &Value::list(iterate::collect(&call(&count, vec![Value::int(3)], vec![])?)?))?;
let ab = unpack(&call(&count, vec![Value::int(2)], vec![])?, 2)?;
out.push_str(&format!("{} {}\\n", str_of(&ab[0])?, str_of(&ab[1])?));
say(&mut out, &Value::list(iterate::collect(&call(&seq, vec![], vec![])?)?))?;
let s = call(&seq, vec![], vec![])?;
out.push_str(&format!("{} {}\\n", contains(&s, &Value::int(20))?, contains(&s, &Value::int(5))?).replace("true", "True").replace("false", "False"));
let it = iterate::iter_value(&call(&count, vec![Value::int(2)], vec![])?)?;
let (x, y, z) = (next_or(&it, None)?, next_or(&it, None)?, next_or(&it, Some(Value::str("end")))?);
out.push_str(&format!("{} {} {}\\n", str_of(&x)?, str_of(&y)?, str_of(&z)?));
unpack(&call(&count, vec![Value::int(3)], vec![])?, 2)?;
"""),
]

HAND_WRITTEN += [
    ("dict_keys_changed_during_iteration", """
d = {1: 0, 2: 0}
for k in d:
    print(k)
    del d[k]
    d[k + 10] = 0
""", """
let d = Value::dict(vec![(Value::int(1), Value::int(0)), (Value::int(2), Value::int(0))])?;
for k in iterate(&d)? {
    let k = k?;
    say(&mut out, &k)?;
    delitem(&d, &k)?;
    setitem(&d, add(&k, &Value::int(10))?, Value::int(0))?;
}
"""),
    ("list_mutation_while_iterating", """
xs = [1, 2, 3, 4]
for x in xs:
    print(x)
    if x == 2:
        del xs[0]
""", """
let xs = Value::list((1..=4).map(Value::int).collect());
for x in iterate(&xs)? {
    let x = x?;
    say(&mut out, &x)?;
    if truthy(&eq(&x, &Value::int(2))?)? {
        delitem(&xs, &Value::int(0))?;
    }
}
"""),
]
