try:
    pass
except ValueError as e:
    print(repr(e))
