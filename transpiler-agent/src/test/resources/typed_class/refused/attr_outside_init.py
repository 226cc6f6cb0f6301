class Box:
    def __init__(self):
        self.a = 1

    def fill(self):
        self.b = 2


x = Box()
x.fill()
print(x.b)
