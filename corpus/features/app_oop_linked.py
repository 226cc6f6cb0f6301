from typing import Generic, Iterable, Iterator, Optional, TypeVar

T = TypeVar("T")


class Node(Generic[T]):
    __slots__ = ("value", "next")

    def __init__(self, value: T, next: "Optional[Node[T]]" = None):
        self.value = value
        self.next = next


class LinkedList(Generic[T]):
    def __init__(self, items: Iterable[T] = ()):
        self.head: Optional[Node[T]] = None
        self._size = 0
        for item in items:
            self.append(item)

    def append(self, value: T) -> None:
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._size += 1

    def _node(self, index: int) -> Node[T]:
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("LinkedList index out of range")
        cur = self.head
        for _ in range(index):
            cur = cur.next
        return cur

    def __len__(self):
        return self._size

    def __iter__(self) -> Iterator[T]:
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        return self._node(index).value

    def __setitem__(self, index, value):
        self._node(index).value = value

    def __delitem__(self, index):
        if index < 0:
            index += self._size
        if index == 0 and self.head:
            self.head = self.head.next
        else:
            prev = self._node(index - 1)
            if prev.next is None:
                raise IndexError("LinkedList index out of range")
            prev.next = prev.next.next
        self._size -= 1

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return list(self) == list(other)

    def __add__(self, other):
        return LinkedList([*self, *other])

    def __iadd__(self, other):
        for v in other:
            self.append(v)
        return self

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __str__(self):
        return " -> ".join(map(str, self)) or "(empty)"


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class BST:
    class _Node:
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None

    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        def _ins(node):
            if node is None:
                self.size += 1
                return BST._Node(key)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            return node
        self.root = _ins(self.root)
        return self

    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def height(self, node=..., depth=0):
        if node is ...:
            node = self.root
        if node is None:
            return depth
        return max(self.height(node.left, depth + 1), self.height(node.right, depth + 1))

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 9 in ll)
ll[1] = 10
del ll[0]
del ll[-1]
print(repr(ll), list(reversed(ll)), ll[1:], ll[::2])
ll += [9, 2]
print(ll + LinkedList(["x"]), ll == LinkedList([10, 4, 1, 9, 2]), ll == [10, 4, 1, 9, 2])
print(sorted(ll), max(ll), sum(ll), list(enumerate(ll))[:2])
try:
    ll[42]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
print(str(empty), bool(empty), bool(ll))
words = LinkedList("banana")
print(words, words.__class__.__name__, "".join(words[1:4]))

print(list(Countdown(5)), sum(Countdown(4)))
it = Countdown(2)
print(next(it), next(it), next(it, None), iter(it) is it)
for a, b in zip(Countdown(3), "abc"):
    print(a, b, end="; ")
print()

tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    tree.insert(k)
print(list(tree), tree.size, tree.height(), 65 in tree, 66 in tree)
print([k for k in tree if k % 20 == 0], min(tree), list(map(lambda k: k // 10, tree)))
gen = iter(tree)
print(next(gen), next(gen), list(gen))
