# An uncaught NameError for a name nothing binds: CPython 3.12's traceback appends the builtin it
# was probably meant to be (a case slip here), and str() of the exception does not.
def total(values):
    acc = 0
    for v in values:
        acc += v
    return acc


print(total([1, 2, 3]))
try:
    Len([1])
except NameError as e:
    print("caught:", e)
print(Sorted([3, 1, 2]))
