import sys
sys.setrecursionlimit(10000)


class Node:
    __slots__ = ("name", "children", "size")

    def __init__(self, name):
        self.name = name
        self.children = []
        self.size = 0

    def add(self, child):
        self.children.append(child)
        return child


def parse_tree(tokens, pos=0):
    """Parse s-expressions like (a (b) (c d))."""
    assert tokens[pos] == "("
    node = Node(tokens[pos + 1])
    pos += 2
    while tokens[pos] != ")":
        if tokens[pos] == "(":
            child, pos = parse_tree(tokens, pos)
            node.add(child)
        else:
            node.add(Node(tokens[pos]))
            pos += 1
    return node, pos + 1


def compute_size(node):
    node.size = 1 + sum(compute_size(c) for c in node.children)
    return node.size


def depth(node):
    if not node.children:
        return 1
    return 1 + max(depth(c) for c in node.children)


def render(node, indent=0, out=None):
    if out is None:
        out = []
    out.append("  " * indent + f"{node.name} [{node.size}]")
    for c in node.children:
        render(c, indent + 1, out)
    return out


def tokenize(text):
    return text.replace("(", " ( ").replace(")", " ) ").split()


def chain(n):
    return "(r" + " (x" * n + ")" * (n + 1)


def main():
    trees = []
    while True:
        try:
            line = input()
        except EOFError:
            break
        line = line.strip()
        if not line:
            continue
        if line.startswith("chain "):
            line = chain(int(line.split()[1]))
        trees.append(line)
    for i, text in enumerate(trees, 1):
        try:
            root, end = parse_tree(tokenize(text))
        except (AssertionError, IndexError) as exc:
            print(f"tree {i}: parse error ({type(exc).__name__})")
            continue
        compute_size(root)
        d = depth(root)
        if root.size <= 8:
            print(f"tree {i}:")
            print("\n".join(render(root)))
        else:
            print(f"tree {i}: {root.size} nodes, depth {d}")
    print("done", len(trees), flush=True)


main()
