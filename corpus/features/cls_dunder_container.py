class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, index):
        return self.cards[index]

    def __setitem__(self, index, value):
        self.cards[index] = value

    def __contains__(self, card):
        return card in self.cards

    def __iter__(self):
        return iter(self.cards)


d = Deck(["A", "K", "Q", "J", "10"])
print(len(d), d[0], d[-1], d[1:3])
d[4] = "9"
print("Q" in d, "10" in d, "9" not in d)
for c in d:
    print("card", c)
print(list(d), sorted(d), ",".join(d))


class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


print(list(Squares(6)), 16 in Squares(5))


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)), sum(Countdown(4)))
