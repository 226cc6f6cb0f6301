# As trees.py, with `keys = []` typed by the call that fills it (inorder appends ints).
class Tree:
    __slots__ = ("key", "left", "right", "count")

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
        self.count = 1


def insert(node, key):
    if node is None:
        return Tree(key)
    if key < node.key:
        node.left = insert(node.left, key)
    elif key > node.key:
        node.right = insert(node.right, key)
    else:
        node.count += 1
    return node


def inorder(node, out):
    if node is None:
        return
    inorder(node.left, out)
    out.append(node.key)
    inorder(node.right, out)


def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


root = None
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65, 20, 20]:
    root = insert(root, k)
keys = []
inorder(root, keys)
print(keys)
print(height(root), root.key, root.left.key, root.right.left.right.key)
print(root.left.left.count, root.left.count, root.right.right.left)
