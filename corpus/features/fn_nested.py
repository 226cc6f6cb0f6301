def outer(x):
    def double(y):
        return y * 2

    def add_x(y):
        return y + x

    return add_x(double(x))


print(outer(3), outer(10))


def process(words):
    def clean(w):
        return w.strip().lower()

    def keep(w):
        return len(w) > 2

    result = []
    for w in words:
        c = clean(w)
        if keep(c):
            result.append(c)
    return result


print(process(["  Hello", "a ", "WORLD ", "ok", " Python "]))


def level1():
    def level2():
        def level3():
            return "deep"
        return level3() + "er"
    return level2() + "!"


print(level1())
