class Box:
    def __init__(self, items):
        self.items = items

    def __bool__(self):
        return len(self.items) > 0


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Nothing:
    pass


for obj in [Box([]), Box([1]), Sized(0), Sized(3), Nothing()]:
    label = type(obj).__name__
    print(label, bool(obj), "truthy" if obj else "falsy", not obj)
print(Box([]) or "fallback", bool(Box([0]) and "both"))
items = [Box([]), Box([1, 2]), Sized(0), Sized(1)]
print(sum(1 for x in items if x))
print(any(items), all(items))
b = Box([])
while not b:
    b.items.append("x")
print(b.items)
