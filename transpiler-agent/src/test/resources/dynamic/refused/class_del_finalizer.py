# The runtime never runs `__del__` (CPython runs it when the last reference goes), so a class
# that defines one is refused rather than translated to a program that prints less.
# expect: a `__del__` finalizer
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)


r = Resource("db")
r = None
