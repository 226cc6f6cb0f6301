def total(*numbers):
    print("got", len(numbers), "args:", numbers)
    s = 0
    for n in numbers:
        s += n
    return s


print(total())
print(total(1))
print(total(1, 2, 3, 4))


def tag(name, *children):
    inner = "".join(children)
    return "<" + name + ">" + inner + "</" + name + ">"


print(tag("p"))
print(tag("ul", tag("li", "one"), tag("li", "two")))
parts = ["a", "b", "c"]
print(tag("div", *parts))
print(total(*range(5), 100))


def first_and_rest(first, *rest):
    return first, rest


print(first_and_rest(1))
print(first_and_rest(1, 2, 3))
print(type(first_and_rest(1, 2)[1]).__name__)
