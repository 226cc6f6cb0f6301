"""Library catalogue with slotted dataclasses, Flag filters, and generic result types."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Flag, auto
from functools import cmp_to_key, reduce
from typing import Generic, TypeVar, Callable, Iterator
import operator
import textwrap

T = TypeVar("T")
E = TypeVar("E", bound=Exception)


class Format(Flag):
    PAPER = auto()
    EBOOK = auto()
    AUDIO = auto()
    DIGITAL = EBOOK | AUDIO


@dataclass(slots=True, order=True)
class Book:
    sort_key: tuple[str, int] = field(init=False, repr=False)
    title: str
    author: str
    year: int
    formats: Format = Format.PAPER
    rating: float = 0.0

    def __post_init__(self) -> None:
        if not 0 <= self.rating <= 5:
            raise ValueError(f"rating out of range: {self.rating}")
        self.sort_key = (self.author.split()[-1], self.year)


@dataclass(frozen=True)
class Ok(Generic[T]):
    value: T

    def map(self, fn: Callable[[T], T]) -> Ok[T]:
        return Ok(fn(self.value))


@dataclass(frozen=True)
class Err(Generic[E]):
    error: E

    def map(self, fn: Callable) -> Err[E]:
        return self


Result = Ok[T] | Err[Exception]


def parse_book(line: str) -> Result:
    try:
        title, author, year, fmts, rating = (p.strip() for p in line.split(";"))
        flags = reduce(operator.or_, (Format[f.upper()] for f in fmts.split("+")), Format(0))
        return Ok(Book(title, author, int(year), flags, float(rating)))
    except (ValueError, KeyError) as e:
        return Err(e)


def by_rating_then_title(a: Book, b: Book) -> int:
    if a.rating != b.rating:
        return -1 if a.rating > b.rating else 1
    return (a.title > b.title) - (a.title < b.title)


class Catalogue:
    def __init__(self, books: list[Book]) -> None:
        self._books = books

    def __iter__(self) -> Iterator[Book]:
        return iter(self._books)

    def __len__(self) -> int:
        return len(self._books)

    def having(self, fmt: Format) -> list[str]:
        return [b.title for b in self if fmt & b.formats]


LINES = """\
Dune; Frank Herbert; 1965; paper+ebook; 4.5
Neuromancer; William Gibson; 1984; ebook+audio; 4.1
Emma; Jane Austen; 1815; paper; 3.9
Broken; Someone; year; paper; 1
Persuasion; Jane Austen; 1817; audio; 4.1
Odd; Nobody Known; 2001; vinyl; 2
Too Good; A Writer; 2020; paper; 7
Foundation; Isaac Asimov; 1951; paper+audio; 4.5""".splitlines()


def main() -> None:
    results = [parse_book(line) for line in LINES]
    books = []
    for r in results:
        match r:
            case Ok(value=book):
                books.append(book)
            case Err(error=KeyError() as e):
                print("unknown format:", e)
            case Err(error=e):
                print(f"{type(e).__name__}: {e}")
    cat = Catalogue(books)
    print(len(cat), [b.title for b in sorted(cat)])
    for b in sorted(cat, key=cmp_to_key(by_rating_then_title)):
        print(f"{b.title:<12}{b.author:<16}{b.year:>5} {b.rating:>4.1f} {b.formats!s}")
    print(cat.having(Format.DIGITAL), cat.having(Format.PAPER))
    print(list(Format.DIGITAL), Format.PAPER | Format.AUDIO in Format.PAPER | Format.DIGITAL)
    print(Ok(3).map(lambda x: x * 2), Err(ValueError("x")).map(str))
    try:
        books[0].subtitle = "x"
    except AttributeError as e:
        print("AttributeError:", e)
    blurb = "; ".join(f"{b.title} ({b.year})" for b in cat)
    print(textwrap.fill(blurb, width=40, initial_indent="* ", subsequent_indent="  "))
    print("{title} by {author}".format_map({"title": books[0].title, "author": books[0].author}))


main()
