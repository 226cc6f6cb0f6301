# An AttributeError on None that nothing catches ends the program as CPython does.
class Link:
    def __init__(self, label: str):
        self.label = label
        self.next: "Link | None" = None


a = Link("a")
a.next = Link("b")
print(a.next.label)
print(a.next.next.label)
print("not reached")
