# Optional instances: attributes and locals that may be None (Optional[...], `X | None`, or
# inferred from None and an instance), `is None` tests, and AttributeError on None, caught.
from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional["Node"]):
        self.value = value
        self.next = next


class Stack:
    def __init__(self):
        self.top: Node | None = None
        self.size = 0

    def push(self, v: int) -> None:
        self.top = Node(v, self.top)
        self.size += 1

    def pop(self) -> int:
        node = self.top
        if node is None:
            raise IndexError("pop from empty stack")
        self.top = node.next
        self.size -= 1
        return node.value

    def peek(self) -> int:
        return self.top.value


def length(n: Node | None) -> int:
    count = 0
    while n is not None:
        count += 1
        n = n.next
    return count


def find(n, wanted):
    while n is not None:
        if n.value == wanted:
            return n
        n = n.next
    return None


s = Stack()
for i in range(5):
    s.push(i * i)
print(s.size, length(s.top), s.peek())
print(s.pop(), s.pop(), s.size)
hit = find(s.top, 4)
miss = find(s.top, 99)
print(hit is None, miss is None, hit.value)
if hit:
    print("found", hit.value)
if not miss:
    print("missing")
while s.size > 0:
    s.pop()
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    print(s.peek())
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(miss.value)
except AttributeError as e:
    print("caught", e)
print(s.top is None, s.top)
