def step(n):
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    if n % 5 == 0:
        raise KeyError(n)
    return n

def run_batch(ns):
    errs = []
    for n in ns:
        try:
            step(n)
        except Exception as e:
            errs.append(e)
    if errs:
        raise ExceptionGroup(f"batch {ns[0]}", errs)

def run_all():
    groups = []
    for start in (1, 6):
        try:
            run_batch(list(range(start, start + 5)))
        except ExceptionGroup as g:
            groups.append(g)
    raise ExceptionGroup("all", groups)

try:
    run_all()
except* KeyError as g:
    print("keys:", [repr(e) for e in g.exceptions])
    for sub in g.exceptions:
        print(" sub", sub.message, [str(e) for e in sub.exceptions])
except* ValueError as g:
    print("values:", g.message, len(g.exceptions))

try:
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("got value")
except* TypeError as g:
    print("outer type", repr(g))

try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped", repr(g))

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message, excs)
g = MyGroup("mine", [ValueError(1), KeyError(2)])
m, r = g.split(ValueError)
print(type(m).__name__, type(r).__name__, repr(m))
bg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(bg).__name__)
eg = BaseExceptionGroup("e", [ValueError()])
print(type(eg).__name__)
