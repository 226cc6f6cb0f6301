def f(a: int) -> int:
    return a
print(f(1) + missing)
