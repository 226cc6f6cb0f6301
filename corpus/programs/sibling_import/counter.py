LIMIT = 10
count = 0
_hidden = "private"


def bump(by=1):
    global count
    count += by
    return count


def describe():
    return f"counter at {count} of {LIMIT}"


class Tally:
    def __init__(self, name):
        self.name = name
        self.total = 0

    def add(self, n):
        self.total += n

    def __repr__(self):
        return f"Tally({self.name!r}, {self.total})"


if __name__ == "__main__":
    print("counter run as a script")
