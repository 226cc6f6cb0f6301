class Counter:
    count = 0

    def __init__(self):
        self.n = 1


print(Counter().n)
