class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "animal"


class Dog(Animal):
    def __init__(self, name, tricks):
        super().__init__(name, "woof")
        self.tricks = tricks

    def speak(self):
        return super().speak() + " and knows " + ", ".join(self.tricks)


class Puppy(Dog):
    def __init__(self, name):
        super().__init__(name, ["sit"])

    def kind(self):
        return "young " + super().kind()


a = Animal("generic")
d = Dog("rex", ["roll", "fetch"])
p = Puppy("bit")
for x in (a, d, p):
    print(x.speak(), "|", x.kind())
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(d, Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
