# A directory without __init__.py is a namespace package.
import tools.text
from tools.numbers import double

print(tools.text.shout("hi"), double(21))
print(tools.__name__, tools.text.__name__)
