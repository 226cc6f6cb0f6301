def inner(k):
    for i in range(k):
        yield ("inner", i)


def outer():
    yield "start"
    yield from inner(2)
    yield from [10, 20]
    for c in "ab":
        for d in range(2):
            if d == 1 and c == "b":
                break
            yield c + str(d)
    yield "end"


def echo():
    total = 0
    while total < 3:
        got = yield total
        print("got", got)
        total += 1


def lazy_print(items):
    print("started")
    for it in items:
        print("producing", it)
        yield it
    print("finished")


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()


def make_counter(step):
    def gen(limit):
        n = 0
        while n < limit:
            yield n
            n += step
    return gen


def with_kept_loop(rows):
    for row in rows:
        acc = []
        for x in row:
            if x < 0:
                break
            acc.append(x)
        else:
            acc.append("full")
        yield acc


print(list(outer()))
print(list(echo()))
for x in lazy_print([1, 2]):
    print("consumed", x)
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t.walk()))
print(list(make_counter(3)(10)))
print(list(with_kept_loop([[1, 2], [3, -1, 4], []])))
g = lazy_print("xy")
print("created")
print(next(g))
def unbound():
    if False:
        x = 1
    yield 1
    yield x
try:
    print(list(unbound()))
except NameError as e:
    # CPython raises UnboundLocalError, the rewrite's shared variable NameError (its base class).
    print("error", isinstance(e, NameError))
