class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(obj):
    match obj:
        case 0:
            return "zero"
        case None:
            return "none"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "hello" | "hi":
            return "greeting"
        case str(s):
            return "string " + s
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y, *rest]:
            return f"starts {x} {y} rest {rest}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": t, **others}:
            return f"shape {t} {others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y) as pt:
            return f"point {x},{y} {type(pt).__name__}"
        case (1, 2) as pair:
            return "pair"
        case _:
            return "other"


for v in [0, None, -5, 3, 2.5, "hi", "abc", [], [1], [1, 2, 3, 4], {"type": "circle", "r": 2},
          {"type": "sq", "w": 1}, Point(0, 0), Point(0, 3), Point(1, 2), {1, 2}]:
    print(describe(v))

for cmd in ["go north", "quit", "look"]:
    match cmd.split():
        case ["go", direction]:
            print("going", direction)
        case ["quit"]:
            print("bye")
            break
        case _:
            print("unknown")
