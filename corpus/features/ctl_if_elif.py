def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"


for s in [100, 95, 89, 80, 75, 61, 60, 59, 0]:
    print(s, grade(s))


def classify(x):
    if x < 0:
        kind = "negative"
    elif x == 0:
        kind = "zero"
    elif x % 2 == 0:
        kind = "even"
    else:
        kind = "odd"
    if isinstance(x, int) and x > 100:
        kind += " big"
    return kind


print([classify(v) for v in [-5, 0, 4, 7, 1000, 1001]])
value = []
if value:
    print("non-empty")
elif value is not None:
    print("empty but not None")
