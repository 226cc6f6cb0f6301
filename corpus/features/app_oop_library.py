"""Library lending system: descriptors, context managers, generators, Generic containers."""
import contextlib
from datetime import date, timedelta
from typing import Generic, Iterator, Optional, Protocol, TypeVar, Dict, List

T = TypeVar("T")


class Validated:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)

    def validate(self, value):
        pass


class NonEmpty(Validated):
    def validate(self, value):
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{self.public} must be a non-empty string")


class Positive(Validated):
    def validate(self, value):
        if not isinstance(value, int) or value <= 0:
            raise ValueError(f"{self.public} must be a positive int, got {value!r}")


class Book:
    title = NonEmpty()
    author = NonEmpty()
    copies = Positive()

    def __init__(self, isbn: str, title: str, author: str, copies: int = 1):
        self.isbn = isbn
        self.title = title
        self.author = author
        self.copies = copies
        self.out = 0

    @property
    def available(self) -> int:
        return self.copies - self.out

    def __repr__(self):
        return f"Book({self.isbn!r}, {self.title!r})"


class Identified(Protocol):
    isbn: str


class Catalog(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[str, T] = {}

    def add(self, key: str, item: T) -> None:
        if key in self._items:
            raise KeyError(f"duplicate key {key}")
        self._items[key] = item

    def get(self, key: str) -> Optional[T]:
        return self._items.get(key)

    def __iter__(self) -> Iterator[T]:
        yield from self._items.values()

    def __len__(self) -> int:
        return len(self._items)

    def search(self, pred) -> List[T]:
        return [x for x in self if pred(x)]


class LendingError(Exception):
    def __init__(self, msg, *, book=None):
        super().__init__(msg)
        self.book = book

    def __str__(self):
        base = super().__str__()
        return f"{base} [{self.book.isbn}]" if self.book else base


class Member:
    MAX_LOANS = 2

    def __init__(self, name):
        self.name = name
        self.loans: Dict[str, date] = {}

    def __repr__(self):
        return f"Member({self.name})"


class Library:
    def __init__(self, today: date):
        self.books: Catalog[Book] = Catalog()
        self.members: Catalog[Member] = Catalog()
        self.today = today
        self.journal: List[str] = []

    @contextlib.contextmanager
    def session(self, who: str):
        self.journal.append(f"open {who}")
        try:
            yield self
        except LendingError as exc:
            self.journal.append(f"error {exc}")
        finally:
            self.journal.append(f"close {who}")

    def lend(self, member: Member, isbn: str) -> date:
        book = self.books.get(isbn)
        if book is None:
            raise LendingError(f"unknown isbn {isbn}")
        if book.available <= 0:
            raise LendingError("no copies left", book=book)
        if len(member.loans) >= member.MAX_LOANS:
            raise LendingError(f"{member.name} has too many loans")
        book.out += 1
        due = self.today + timedelta(days=14)
        member.loans[isbn] = due
        return due

    def give_back(self, member: Member, isbn: str) -> int:
        due = member.loans.pop(isbn)
        self.books.get(isbn).out -= 1
        late = (self.today - due).days
        return max(0, late) * 25

    def overdue(self) -> Iterator[tuple]:
        for m in self.members:
            for isbn, due in sorted(m.loans.items()):
                if due < self.today:
                    yield m.name, isbn, (self.today - due).days


lib = Library(date(2024, 3, 1))
for isbn, title, author, n in [("111", "Dune", "Herbert", 2), ("222", "Emma", "Austen", 1),
                               ("333", "Ulysses", "Joyce", 1)]:
    lib.books.add(isbn, Book(isbn, title, author, n))
for bad in [("444", "", "Nobody", 1), ("555", "Zero", "Someone", 0)]:
    try:
        Book(*bad)
    except ValueError as e:
        print("invalid book:", e)
try:
    lib.books.add("111", Book("111", "Dune", "Herbert"))
except KeyError as e:
    print("KeyError:", e)

ann, ben = Member("ann"), Member("ben")
lib.members.add("ann", ann)
lib.members.add("ben", ben)
with lib.session("ann") as L:
    print("due", L.lend(ann, "111"))
    print("due", L.lend(ann, "222"))
    L.lend(ann, "333")
    print("not reached")
with lib.session("ben"):
    lib.lend(ben, "222")
with lib.session("ben"):
    lib.lend(ben, "999")
with lib.session("ben"):
    print("due", lib.lend(ben, "111").isoformat())

lib.today += timedelta(days=20)
print(list(lib.overdue()))
print("fine", lib.give_back(ann, "222"), "cents")
print("available", {b.title: b.available for b in lib.books})
print(lib.books.search(lambda b: b.available > 0))
print(len(lib.books), len(lib.members), Book.title.public, type(Book.copies).__name__)
print(*lib.journal, sep=" | ")

gen = lib.overdue()
print(next(gen))
print(next(gen, "done"))
print(next(gen, "done"))


@contextlib.contextmanager
def indented(level):
    print(">" * level + " enter")
    yield level * 2
    print(">" * level + " exit")


with indented(1) as a, indented(2) as b:
    print("inside", a, b)

with contextlib.suppress(KeyError):
    ann.loans["nope"]
    print("not printed")
print("suppressed")
