def f() -> int:
    return VALUE * 2

print("start")
print(f())
VALUE = 3
