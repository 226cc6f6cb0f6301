class Node:
    def __init__(self, v: int):
        self.v = v
        self.show()
        self.w = v

    def show(self) -> None:
        print(self.v)


print(Node(1).w)
