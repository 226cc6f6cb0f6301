# `from m import *` honours __all__, and otherwise skips underscore names.
from shapes import *
from colors import *

print(area(2, 3), Square(4).area())
print(RED, BLUE)
try:
    print(_helper())
except NameError as e:
    print("NameError:", e)
try:
    print(circle_area(1))
except NameError as e:
    print("NameError:", e)
try:
    print(_SECRET)
except NameError as e:
    print("NameError:", e)
print(mix(RED, BLUE))
