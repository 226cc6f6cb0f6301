def safe_div(a, b):
    assert b != 0, "division by zero requested"
    return a / b


print(safe_div(10, 4))
try:
    safe_div(1, 0)
except AssertionError as e:
    print("AssertionError:", e)

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message:", repr(e), e.args)

values = [3, 1, 2]
assert sorted(values) == [1, 2, 3], values
assert values, "non-empty"
print("assertions passed")
x = 5
assert isinstance(x, int) and x > 0
assert x < 3, f"x is {x}"
print("not reached")
