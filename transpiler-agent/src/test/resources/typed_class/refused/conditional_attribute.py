class C:
    def __init__(self, flag: bool):
        if flag:
            self.x = 1


print(C(True).x)
