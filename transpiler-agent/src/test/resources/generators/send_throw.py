def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


avg = averager()
print(next(avg))
for v in [10, 20, 30]:
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("result", e.value)


def coroutine(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start


@coroutine
def printer(prefix):
    try:
        while True:
            line = yield
            print(prefix, line)
    except GeneratorExit:
        print(prefix, "closing")


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())


p = printer(">>")
g = grep("py", p)
for line in ["python", "java", "pypy", "rust"]:
    g.send(line)
g.close()
p.close()


def resilient():
    n = 0
    while True:
        try:
            n += yield n
        except ValueError as e:
            print("ignored", e)
            n = -n


r = resilient()
print(next(r))
print(r.send(5))
print(r.throw(ValueError("boom")))
print(r.send(2))
print(r.throw(ValueError))
try:
    r.throw(KeyError("k"))
except KeyError as e:
    print("escaped", repr(e))
try:
    next(r)
except StopIteration:
    print("finished")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("refusing")
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(next(s, "end"))


def fresh():
    yield 1


f = fresh()
try:
    f.send(3)
except TypeError as e:
    print("TypeError", e)
try:
    f.throw(IndexError("early"))
except IndexError as e:
    print("IndexError", e)
print(list(f))


def leaky():
    it = iter([1])
    yield next(it)
    yield next(it)


try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError", e)


def expressions():
    x = 10
    got = [(yield x), (yield x + 1)]
    print("got", got)
    total = x + (yield "sum")
    print("total", total)
    if (yield "test"):
        print("true branch")
    print(f"value {(yield 'fmt')}")
    return got


e = expressions()
print(next(e))
print(e.send("a"))
print(e.send("b"))
print(e.send(5))
print(e.send(1))
try:
    e.send("z")
except StopIteration as stop:
    print("returned", stop.value)
