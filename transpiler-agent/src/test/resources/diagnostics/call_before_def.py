print(g(2))
def g(n: int) -> int:
    return n * 2
