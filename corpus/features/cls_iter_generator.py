class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return f"Tree({self.value!r}, {len(self.children)} children)"


t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(t, len(t))
print(list(t), sorted(t, reverse=True), 5 in t, 9 in t)
print(list(t.leaves()), max(t), sum(t))
it = iter(t)
print(next(it), next(it), list(it))
print([v * 10 for v in t if v % 2 == 0])


class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y


print(list(Range2D(3, 2)), dict.fromkeys(Range2D(1, 2), 0))
