x = 1

def read_global():
    return x + 1

def shadow():
    x = 100
    return x

def modify():
    global x
    x = x * 10

print(read_global(), shadow(), x)
modify()
print(x, read_global())

def broken():
    print(y)
    y = 2

try:
    broken()
except UnboundLocalError as e:
    print("unbound:", e)

try:
    print(not_defined_yet)
except NameError as e:
    print("name:", e)
not_defined_yet = 5

list = [3, 2, 1]
print(list)
del list
print(list("ab"))
