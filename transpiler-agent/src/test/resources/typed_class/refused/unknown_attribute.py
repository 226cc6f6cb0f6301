class P:
    def __init__(self):
        self.x = 1


p = P()
print(p.y)
