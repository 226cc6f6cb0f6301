class Counter:
    instances = 0
    label = "counter"

    def __init__(self, start):
        Counter.instances += 1
        self.value = start

    def describe(self):
        return self.label + "#" + str(self.value)


print(Counter.instances, Counter.label)
c1 = Counter(1)
c2 = Counter(2)
print(Counter.instances, c1.instances, c2.instances)
print(c1.describe(), c2.describe())
c2.label = "special"
print(c1.describe(), c2.describe(), Counter.label)
Counter.label = "renamed"
print(c1.describe(), c2.describe())


class Config:
    defaults = {"debug": False}
    names = []

    def add(self, name):
        self.names.append(name)


x, y = Config(), Config()
x.add("a")
y.add("b")
print(Config.names, x.names is y.names)
