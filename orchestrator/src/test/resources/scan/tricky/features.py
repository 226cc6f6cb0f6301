# Cases where a lexical count could go wrong; CPython's ast decides each. eval(1) exec(2)
import os, sys
from os.path import *
from collections import (
    OrderedDict,
)
"eval(1)"; 'exec(2)'; b"eval(3)"; rb'exec(4)'; u"getattr(x, 'y')"
"""
eval(5) exec(6) # not a comment
"""
r'''\''' eval(7) '''
x = eval("1") + eval ("2") + eval(
    "3")
y = exec
(print)
z = [exec
     ("pass")]
class K:
    def eval(self, s):
        return s.eval(s) + self.exec(s)
    def __init__(self):
        self.__dict__.update(a=1)
        print(self.__class__, type(self).__dict__)
class M(type): pass
class C(object, metaclass=M): pass
class D(metaclass=M, **{}): pass
def f(metaclass=None): return dict(metaclass=1)
f(metaclass=2)
getattr(os, "sep"); setattr(K, "a", 1); delattr(K, "a")
print(f"{eval('1')} {x!r:>{eval('2')}} {{eval(3)}} {'a' + f'{exec("pass")}'}")
print(F"{x=}", rf"\{eval('4')}", f"\N{BULLET} {getattr(os, 'sep')}")
print(f'''{
    eval("5")  # a comment in a field
}''')
s = "line one \
eval(8)"
t = 1 + \
    eval("6")
if True: import json; from json import *
lam = lambda: exec("pass")
@eval("lambda f: f")
def g(): yield from range(2)
print(1if x else 2, 0x1f, 1e-5, 1_000j, .5, 3.)
