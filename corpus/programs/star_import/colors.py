RED = "red"
BLUE = "blue"
_SECRET = "s"


def mix(a, b):
    return a + "-" + b
