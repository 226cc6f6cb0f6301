class Thing:
    pass


def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


attempt("add", lambda: 1 + "a")
attempt("radd", lambda: "a" + 1)
attempt("mul", lambda: [1] * 1.5)
attempt("index", lambda: [1, 2, 3][10])
attempt("tuple index", lambda: (1,)[-5])
attempt("str index", lambda: "abc"[3])
attempt("key", lambda: {"a": 1}["b"])
attempt("int key", lambda: {1: 2}[3])
attempt("attr", lambda: Thing().missing)
attempt("int attr", lambda: (5).foo)
attempt("zero", lambda: 1 / 0)
attempt("float zero", lambda: 1.0 / 0)
attempt("int zero mod", lambda: 5 % 0)
attempt("int()", lambda: int("1.5"))
attempt("float()", lambda: float("abc"))
attempt("call", lambda: len(1))
attempt("not callable", lambda: 5())
attempt("args", lambda: (lambda a, b: 0)(1))
attempt("unpack", lambda: [a for a, b in [(1, 2, 3)]])
attempt("compare", lambda: 1 < "a")
attempt("hash", lambda: {[]: 1})
attempt("name", lambda: undefined_thing)
attempt("list.index", lambda: [1].index(5))
attempt("pop", lambda: {}.pop("k"))
attempt("iter", lambda: iter(5))
attempt("chr", lambda: chr(-1))
attempt("str*", lambda: "a" * "b")
attempt("neg", lambda: -"a")


def unbound():
    print(x)
    x = 1


attempt("unbound", unbound)
