"""Library management: commands from input() until EOF."""
from operator import attrgetter, itemgetter
from functools import reduce
import math


class Registry:
    _instances = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry._instances[cls.__name__.lower()] = cls

    @classmethod
    def create(cls, kind, *args):
        try:
            return Registry._instances[kind](*args)
        except KeyError:
            raise ValueError(f"unknown kind {kind!r}") from None


class Item(Registry):
    loan_days = 14
    count = 0

    def __init__(self, title, year):
        self.title = title
        self.year = int(year)
        self.borrower = None
        Item.count += 1
        self.id = Item.count

    def __str__(self):
        status = f"out to {self.borrower}" if self.borrower else "available"
        return f"#{self.id:<3}{type(self).__name__:<6}{self.title!s:<28.28}{self.year:>5}  {status}"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.title[:12]}({self.year})"
        return format(str(self), spec)

    def __eq__(self, other):
        return isinstance(other, Item) and self.title == other.title

    def __call__(self, who):
        if self.borrower:
            raise RuntimeError(f"{self.title} already borrowed by {self.borrower}")
        self.borrower = who
        return self


class Book(Item):
    def __init__(self, title, year, author):
        super().__init__(title, year)
        self.author = author


class Dvd(Item):
    loan_days = 3

    def __getattr__(self, name):
        if name == "runtime":
            return 120
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


def handle(lib, line):
    cmd, _, rest = line.partition(" ")
    match cmd.lower():
        case "add":
            kind, *fields = [f.strip() for f in rest.split(",")]
            item = Registry.create(kind, *fields)
            lib.append(item)
            return f"added {item:short}"
        case "borrow":
            num, who = rest.split(maxsplit=1)
            item = next((i for i in lib if i.id == int(num)), None)
            if item is None:
                return f"no item {num}"
            item(who)
            return f"{who} borrowed {item.title} for {item.loan_days} days"
        case "return":
            for item in lib:
                if item.id == int(rest):
                    item.borrower, who = None, item.borrower
                    return f"returned by {who}"
            else:
                return "nothing to return"
        case "list":
            return "\n".join(str(i) for i in sorted(lib, key=attrgetter("year", "title")))
        case _:
            return f"?? {cmd}"


def main():
    lib = []
    n = 0
    while True:
        try:
            line = input()
        except EOFError:
            break
        n += 1
        if not (line := line.strip()):
            continue
        try:
            print(handle(lib, line))
        except (ValueError, RuntimeError, TypeError) as e:
            print(f"error on line {n}: {type(e).__name__}: {e}")
    books = [i for i in lib if isinstance(i, Book)]
    print(sorted(((b.author, b.year) for b in books), key=itemgetter(1), reverse=True))
    print(reduce(lambda acc, b: acc + len(b.title), books, 0), math.prod(i.year % 100 for i in lib), math.comb(len(lib), 2))
    dvds = [i for i in lib if isinstance(i, Dvd)]
    print(dvds[0].runtime if dvds else None, Item.count, Dvd.loan_days, Book.loan_days)
    try:
        dvds[0].rating
    except AttributeError as e:
        print(e)
    print(lib[0] == Book(lib[0].title, 1, "x"), Item.count, {**{"a": 1}, **{"b": 2}} | {"c": 3})
    try:
        {lib[0]}
    except TypeError as e:
        print("TypeError:", e)
    print(f"{lib[1]:>60}|", f"{lib[2]:short}", sorted(Registry._instances))


main()
