def attempt(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as g:
        print("V", len(g.exceptions))
        raise
    except* TypeError as g:
        print("T", len(g.exceptions))
        raise RuntimeError("converted") from None
    except* OSError:
        print("O")
    else:
        print("no error")
    finally:
        print("finally")

cases = [[ValueError(1)], [TypeError(2)], [OSError(3)], [ValueError(1), TypeError(2)],
         [ValueError(1), KeyError(4)], [OSError(3), KeyError(4)]]
for excs in cases:
    try:
        attempt(excs)
    except BaseException as e:
        print("->", type(e).__name__, repr(e))
        if isinstance(e, ExceptionGroup):
            print("   ", [type(x).__name__ for x in e.exceptions])

def clean():
    try:
        x = 1
    except* ValueError:
        print("never")
    else:
        print("else", x)
    finally:
        print("fin")
clean()
e = ExceptionGroup("n", [ValueError("v")])
e.add_note("note A")
try:
    raise e
except* ValueError as g:
    print(g.__notes__, g is e)
try:
    try:
        raise ValueError("plain")
    except* TypeError:
        print("never")
except ValueError as v:
    print("naked passes through:", repr(v))
eg = ExceptionGroup("p", [ValueError(1), ValueError(20), TypeError(3)])
print(repr(eg.subgroup(lambda x: isinstance(x, ValueError) and x.args[0] > 5)))
print(eg.split(lambda x: False))
try:
    ExceptionGroup("bad", [])
except ValueError as x:
    print(x)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as x:
    print(x)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as x:
    print(x)
try:
    try:
        raise eg
    except* ExceptionGroup:
        pass
except TypeError as x:
    print(x)
print(ExceptionGroup.__mro__)
