print(["it's", "plain", 'say "x"', "mix'\"", "back\\", "nl\n", "tab\t", "\x07", "é", ""])
print(("a",), (), ((1,),), [[], {}], [set()], {"k": ("v",)})
print({"quote'key": ['inner "x"']}, {1: None, 2: True, 3: 1.5})
nested = [1, [2, [3, [4, [5]]]]]
print(nested, str(nested), repr(nested))
cyclic = [1, 2]
cyclic.append(cyclic)
print(cyclic)
d = {"self": None}
d["self"] = d
print(d)
print([1.0, -0.0, 1e100, 0.1], (1, "1", 1.0))
print(repr("'"), repr('"'), repr("'\""), str(["'"]), str(('"',)))
print(list("ab"), dict(a="x"), {frozenset({1})}, [range(3)], [None], [True, False])
