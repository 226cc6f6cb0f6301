log = []


def early(n):
    try:
        if n > 0:
            return "positive"
        log.append("not returned early")
    finally:
        log.append("cleanup " + str(n))
    return "non-positive"


print(early(1), early(-1), log)


def finally_wins():
    try:
        return "try"
    finally:
        print("finally runs before return")


print(finally_wins())


def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out


print(loop_with_finally())


def exception_then_finally():
    try:
        try:
            raise ValueError("boom")
        finally:
            print("inner finally")
    except ValueError as e:
        return "handled " + str(e)
    finally:
        print("outer finally")


print(exception_then_finally())


def nested_return():
    try:
        try:
            return 1
        finally:
            print("first")
    finally:
        print("second")


print(nested_return())
