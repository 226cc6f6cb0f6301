depth = 0
def f():
    global depth
    depth += 1
    f()
try:
    f()
except RecursionError:
    print("depth", depth)
class A:
    def __init__(self, n):
        self.child = A(n + 1) if n < 5000 else None
try:
    A(0)
except RecursionError as e:
    print("init", e)
def g(n):
    return sum(g(n + 1) for _ in range(1))
try:
    g(0)
except RecursionError:
    print("genexpr")
