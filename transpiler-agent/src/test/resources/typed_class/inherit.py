# Single inheritance: super().__init__, overridden methods dispatching on the instance's class,
# super().method(), inherited methods, isinstance against the module's classes.
class Shape:
    def __init__(self, name: str):
        self.name = name
        self.scale = 1

    def area(self) -> int:
        return 0

    def describe(self) -> str:
        return f"{self.name} with area {self.area()}"

    def grow(self, k: int) -> None:
        self.scale *= k


class Rect(Shape):
    def __init__(self, w: int, h: int):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> int:
        return self.w * self.h * self.scale


class Square(Rect):
    def __init__(self, side: int):
        super().__init__(side, side)
        self.name = "square"

    def describe(self) -> str:
        return "a " + super().describe()


class Circle(Shape):
    def __init__(self, r: int):
        super().__init__("circle")
        self.r = r

    def area(self) -> int:
        return 3 * self.r * self.r * self.scale


shapes: list[Shape] = [Rect(2, 3), Square(4), Circle(1), Shape("blob")]
for s in shapes:
    print(s.describe())
shapes[1].grow(2)
shapes[2].grow(3)
print([s.area() for s in shapes])
for s in shapes:
    print(s.name, isinstance(s, Rect), isinstance(s, Square), isinstance(s, (Circle, Square)), isinstance(s, Shape))
best = shapes[0]
for s in shapes:
    if s.area() > best.area():
        best = s
print("largest:", best.name, best.area())
ordered = sorted(shapes, key=lambda s: s.area())
print([s.name for s in ordered])
