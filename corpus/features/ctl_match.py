from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def describe(value):
    match value:
        case 0:
            return "zero literal"
        case "hello" | "hi":
            return "greeting"
        case None:
            return "None singleton"
        case True:
            return "True singleton"
        case int(n) if n < 0:
            return f"negative int {n}"
        case float() | int():
            return f"number {value}"
        case []:
            return "empty list"
        case [x]:
            return f"one element {x}"
        case [1, 2, *rest]:
            return f"starts 1,2 then {rest}"
        case (a, b):
            return f"pair {a} {b}"
        case {"type": "user", "name": str(name), **others}:
            return f"user {name} extra {others}"
        case {"id": _}:
            return "has id"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=py) as p:
            return f"on y axis at {py} ({p})"
        case Point(px, py):
            return f"point {px},{py}"
        case str() as s if len(s) > 3:
            return "long string " + s
        case _:
            return "something else: " + repr(value)


tests = [0, "hi", None, True, -5, 3.5, 7, [], [9], [1, 2, 3, 4], (5, 6), [7, 8],
         {"type": "user", "name": "ann", "age": 3}, {"id": 1, "x": 2}, Point(0, 0), Point(0, 4),
         Point(2, 3), "longer", "ab", {1, 2}]
for t in tests:
    print(describe(t))
