# Classes made by functions (namedtuple, Enum's functional API, make_dataclass) belong to the
# module whose top level made them.
from collections import namedtuple
from shapes import Point, Color, Size, origin

Local = namedtuple("Local", "a b")
print(Point, Point.__module__, type(origin()))
print(Color, Color.RED, Color.__module__)
print(Size, Size.__module__, Size(2, 3))
print(Local, Local.__module__, Local(1, 2))
