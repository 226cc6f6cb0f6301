# An annotation is evaluated when its statement runs: naming a class inside its own body (or
# anything not yet defined) raises NameError there, unless the annotation is a string.
class Point:
    x: int = 0
    y: int = 0

    def moved(self, dx: int, dy: int) -> "Point":
        return Point()


print(Point.moved.__annotations__)


def distance(a: Point, b: Point) -> float:
    return ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5


print(distance(Point(), Point()))

try:
    def late(p: Later) -> None:
        pass
except NameError as e:
    print("NameError:", e)


class Later:
    pass


try:
    class Config:
        name: str = "cfg"
        parent: Config | None = None
except NameError as e:
    print("NameError:", e)

try:
    print(Config)
except NameError as e:
    print("NameError:", e)


class Segment:
    start: Point
    end: Point

    def length(self) -> float:
        return distance(self.start, self.end)

    def reversed(self) -> Segment:
        return Segment()


print("never printed")
