from collections import namedtuple
from dataclasses import make_dataclass
from enum import Enum

Point = namedtuple("Point", ["x", "y"])
Color = Enum("Color", "RED GREEN")
Size = make_dataclass("Size", ["w", "h"])


def origin():
    return Point(0, 0)
