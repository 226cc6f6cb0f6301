class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"Animal({self.name!r})"

    @staticmethod
    def helper(x):
        return x * 2

    @classmethod
    def make(cls, name):
        return cls(name)

    @property
    def upper(self):
        return self.name.upper()


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        base = super().speak()
        return base + " (woof)"


a = Animal("generic")
d = Dog("rex", "lab")
print(a.speak())
print(d.speak(), d.breed, d.kind, Animal.kind)
print(a, [d], Animal.count)
print(isinstance(d, Animal), isinstance(a, Dog), type(d).__name__)
print(Animal.helper(4), Animal.make("fido").name, d.upper)


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __len__(self):
        return 2

    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)


v = Vec(1, 2) + Vec(3, 4)
print(v, v == Vec(4, 6), len(v))


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def __bool__(self):
        return bool(self.items)


s = Stack()
s.push(1)
s.push(2)
while s:
    print(s.pop())
