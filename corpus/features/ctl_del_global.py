counter = 0
names = ["a", "b", "c", "d", "e"]


def bump():
    global counter
    counter += 1
    return counter


def reset(value):
    global counter, fresh
    counter = value
    fresh = "created by reset"


print(bump(), bump(), counter)
reset(10)
print(counter, fresh, bump())

del names[1]
print(names)
del names[1:3]
print(names)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
temp = 5
del temp
try:
    print(temp)
except NameError as e:
    print("NameError:", e)
a, b = 1, 2
del a, b


class Obj:
    pass


o = Obj()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
