def f(a: int) -> tuple:
    return a
print(f(1))
