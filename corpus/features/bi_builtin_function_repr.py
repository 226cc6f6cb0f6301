for f in (len, print, sorted, max, abs, isinstance, getattr, callable, repr, iter, next):
    print(repr(f), f.__name__)
key = len
print(f"sorting with {key}")
print(str(sum), [min, max])
