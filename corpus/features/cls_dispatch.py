import math


class Shape:
    def area(self):
        raise NotImplementedError

    def describe(self):
        return type(self).__name__ + " with area " + format(self.area(), ".2f")


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


shapes = [Circle(1), Rect(2, 3), Square(4), Circle(0.5), Rect(1.5, 2)]
for s in shapes:
    print(s.describe())
total = sum(s.area() for s in shapes)
print("total", round(total, 3))
print(sorted(type(s).__name__ for s in shapes))
biggest = max(shapes, key=lambda s: s.area())
print("biggest:", biggest.describe())
try:
    Shape().describe()
except NotImplementedError:
    print("abstract area")
