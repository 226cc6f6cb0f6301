# A standard-library module used without its import, inside a function: CPython 3.12's
# traceback asks whether the import was forgotten.
def circle_area(r):
    return math.pi * r * r


print("radius 2")
print(circle_area(2.0))
