
def top():
    pass
class K:
    def meth(self):
        pass
def mk():
    def loc():
        pass
    return loc
print(repr(top).split(" at ")[0])
print(repr(mk()).split(" at ")[0])
print(repr(lambda: 0).split(" at ")[0])
print(repr(K().meth).split(" at ")[0])
print(repr(K.meth).split(" at ")[0])
print(repr(K))
print(repr(int), repr(ValueError))
print(str(K().meth).startswith("<bound method K.meth of <__main__.K object at "))
class Plain:
    pass
print(repr(Plain()).split(" at ")[0], str(Plain()).startswith("<__main__.Plain object at 0x"))
print(repr(object()).split(" at ")[0])
print(f"{K().meth!r}".split(" of ")[0])
