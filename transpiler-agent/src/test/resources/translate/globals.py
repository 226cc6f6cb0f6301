from typing import List

LIMIT = 10
SCALE = 2.5
names: List[str] = ["a", "b"]

def scaled(x: int) -> float:
    return x * SCALE

def below_limit(xs: List[int]) -> List[int]:
    out = []
    for x in xs:
        if x < LIMIT:
            out.append(x)
    return out

def greet_all() -> None:
    for n in names:
        print("hi", n)

print(scaled(4), below_limit([1, 20, 3, 10]))
names.append("c")
greet_all()
LIMIT = 2
print(below_limit([1, 20, 3, 10]))
for LIMIT in range(3):
    print(below_limit([0, 1, 2]))

def uses_later() -> int:
    return LATER + 1

LATER = 41
print(uses_later())
