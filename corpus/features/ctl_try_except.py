def parse(text):
    try:
        value = int(text)
    except ValueError as e:
        print("  bad int:", e)
        return None
    except TypeError:
        print("  not a string")
        return None
    else:
        print("  parsed", value)
        return value
    finally:
        print("  finally for", repr(text))


for t in ["42", "x1", None, "-7"]:
    print(parse(t))

data = {"a": 1}
for key in ["a", "b"]:
    try:
        print(data[key] / (1 if key == "a" else 0))
    except (KeyError, ZeroDivisionError) as e:
        print("caught", type(e).__name__, e)

try:
    [1, 2][5]
except LookupError as e:
    print("LookupError family:", type(e).__name__, e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner handler")
        raise
except ArithmeticError as e:
    print("outer got", repr(e))
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
