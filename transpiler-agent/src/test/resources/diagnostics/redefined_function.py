def f() -> int:
    return 1
def f() -> int:
    return 2
print(f())
