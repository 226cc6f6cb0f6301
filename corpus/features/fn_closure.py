def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply


double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))

adders = []
for i in range(4):
    adders.append(lambda x, i=i: x + i)
print([f(10) for f in adders])

late = [lambda: j for j in range(3)]
print([f() for f in late])


def make_greeter(greeting):
    def greet(name):
        return greeting + ", " + name
    return greet


hello = make_greeter("Hello")
hola = make_greeter("Hola")
print(hello("Ann"), "/", hola("Juan"))


def outer():
    value = "before"

    def show():
        return value
    value = "after"
    return show


print(outer()())
