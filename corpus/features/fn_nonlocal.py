def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(5), c2(), c1())


def accumulate():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total

    def report():
        return total, list(history)

    return add, report


add, report = accumulate()
for v in [3, 4, 5]:
    add(v)
print(report())


def outer():
    x = 1

    def middle():
        nonlocal x
        x += 10

        def inner():
            nonlocal x
            x *= 2
        inner()
        return x
    return middle(), x


print(outer())
