def describe(name, age, city):
    return name + " (" + str(age) + ") from " + city


print(describe("Ada", 36, "London"))
print(describe(name="Linus", city="Helsinki", age=21))
print(describe("Grace", city="Arlington", age=85))


def area(width, height):
    return width * height


for w, h in [(1, 2), (3, 4), (10, 0)]:
    print("area", w, h, "=", area(w, h), area(height=h, width=w))


def power(base, exponent):
    result = 1
    for _ in range(exponent):
        result = result * base
    return result


print(power(2, 10), power(exponent=3, base=5), power(7, exponent=0))
