max = 3
def g() -> int:
    return max(1, 2)
print(g())
