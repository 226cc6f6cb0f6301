try:
    pass
except OSError:
    pass
