def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("cleanup", n)


for x in guarded(5):
    if x == 2:
        break
print("after loop")
print(list(guarded(2)))
g = guarded(3)
print(next(g))
g.close()
print("closed")
g.close()


def handler():
    for v in [1, 0, 2]:
        try:
            yield 10 // v
        except ZeroDivisionError as e:
            print("caught", e)
            yield -1
        else:
            print("else", v)
        finally:
            print("finally", v)
    return "done"


it = handler()
while True:
    try:
        print(next(it))
    except StopIteration as stop:
        print("stopped", stop.value)
        break


def nested():
    try:
        try:
            yield 1
            raise KeyError("k")
        except ValueError:
            print("not here")
        finally:
            print("inner finally")
            yield 2
    except KeyError as e:
        print("outer caught", repr(e))
        yield 3
    yield 4


print(list(nested()))


def early_return(flag):
    for i in range(3):
        try:
            try:
                yield i
                if flag and i == 1:
                    return "early"
            finally:
                print("f1", i)
        finally:
            print("f2", i)
        if i == 0:
            continue
        print("end of turn", i)


def drain(gen):
    out = []
    while True:
        try:
            out.append(next(gen))
        except StopIteration as s:
            return out, s.value


print(drain(early_return(True)))
print(drain(early_return(False)))


def breaks():
    while True:
        try:
            x = yield "ready"
            if x == "stop":
                break
            if x == "skip":
                continue
            print("got", x)
        finally:
            print("turn over")
    yield "stopped"


b = breaks()
print(next(b))
print(b.send("a"))
print(b.send("skip"))
print(b.send("stop"))


def reraise():
    try:
        yield 1
        raise ValueError("bad")
    except ValueError:
        print("handling")
        raise


try:
    for v in reraise():
        print(v)
except ValueError as e:
    print("propagated", e)


def kept_loop_return():
    try:
        yield 0
        for k in range(10):
            if k == 3:
                return k
    finally:
        print("kept finally")


print(drain(kept_loop_return()))
