def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            try:
                if v == target:
                    return (r, c)
            finally:
                pass
    return None


print(search([[1, 2], [3, 4]], 4), search([[1]], 9))


def classify(n):
    try:
        if n < 0:
            raise ValueError("neg")
        return "ok"
    except ValueError:
        return "bad"
    finally:
        print("checked", n)


print(classify(1), classify(-1))


def loop_with_try():
    out = []
    i = 0
    while i < 6:
        i += 1
        try:
            if i % 2:
                continue
            if i == 6:
                break
            out.append(i)
        except Exception:
            pass
        else:
            out.append(-i)
    return out


print(loop_with_try())


def finally_overrides():
    try:
        return 1
    finally:
        return 2


print(finally_overrides())


def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            continue
        finally:
            print("f", i)
    return "end"


print(swallow())
total = 0
for i in range(5):
    try:
        total += 10 // (i - 2)
    except ZeroDivisionError:
        total += 100
print(total)
x = 0
while x < 10:
    x += 3
    if x == 6:
        continue
    print("x", x)
else:
    print("done", x)
