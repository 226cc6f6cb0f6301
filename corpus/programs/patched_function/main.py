# Replacing a module's function through the module object changes what its own code calls.
import greeter

print(greeter.welcome("ada"))
original = greeter.salute
greeter.salute = lambda name: "hey " + name
print(greeter.welcome("bob"))
greeter.salute = original
print(greeter.welcome("cy"))
setattr(greeter, "salute", str.upper)
print(greeter.welcome("dee"))
