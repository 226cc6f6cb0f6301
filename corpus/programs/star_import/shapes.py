__all__ = ["area", "Square"]


def area(w, h):
    return w * h


def circle_area(r):
    return 3 * r * r


def _helper():
    return "hidden"


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return area(self.side, self.side)
