from dataclasses import dataclass, field
from enum import Enum
from typing import List, Optional


@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)


p = Point(1, 2)
print(p, p.x + p.y, Point(3) == Point(3, 0))
p.tags.append("a")
print(p.tags)


class Color(Enum):
    RED = 1
    GREEN = 2


print(Color.RED, Color.GREEN.value, Color(2).name)


def find(xs: List[int], target: int) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


print(find([4, 5, 6], 5), find([], 1))
