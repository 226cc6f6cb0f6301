N = 10
def f(a: int) -> int:
    return a + N
print(f(1))
