# C.mro() is the list of the classes in C.__mro__ (C3 linearisation).
class Base:
    pass


class Left(Base):
    pass


class Right(Base):
    pass


class Both(Left, Right):
    pass


print([c.__name__ for c in Both.mro()])
print(Both.mro() == list(Both.__mro__), type(Both.mro()).__name__)
print([c.__name__ for c in Left.mro()])
