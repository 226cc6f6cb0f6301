"""A tiny in-memory ORM: field descriptors, model registry, query builder, proxies."""
from typing import Any, Dict, Iterator, List, Optional, Type


class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class Field:
    _order = 0

    def __init__(self, kind: type, *, default=None, required=True, choices=None):
        self.kind = kind
        self.default = default
        self.required = required
        self.choices = choices
        Field._order += 1
        self.order = Field._order

    def __set_name__(self, owner, name):
        self.name = name
        owner._declared = {**getattr(owner, "_declared", {}), name: self}

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return instance.__dict__.get(self.name, self.default)

    def __set__(self, instance, value):
        if value is None:
            if self.required:
                raise ValidationError(self.name, "is required")
        elif not isinstance(value, self.kind):
            try:
                value = self.kind(value)
            except (TypeError, ValueError):
                raise ValidationError(self.name, f"expected {self.kind.__name__}, got {value!r}") from None
        if self.choices and value not in self.choices:
            raise ValidationError(self.name, f"{value!r} not in {sorted(self.choices)}")
        instance.__dict__[self.name] = value

    def __repr__(self):
        return f"Field({self.kind.__name__})"


class Model:
    registry: Dict[str, Type["Model"]] = {}
    _fields: Dict[str, Field]

    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
        fields = dict(getattr(cls, "_declared", {}))
        cls._fields = dict(sorted(fields.items(), key=lambda kv: kv[1].order))
        cls._rows: List["Model"] = []
        cls._next = 1
        Model.registry[cls.table] = cls

    def __init__(self, **values):
        unknown = set(values) - set(self._fields)
        if unknown:
            raise TypeError(f"unknown field(s) for {type(self).__name__}: {', '.join(sorted(unknown))}")
        for name, field in self._fields.items():
            setattr(self, name, values.get(name, field.default))
        self.pk: Optional[int] = None

    def save(self):
        cls = type(self)
        if self.pk is None:
            self.pk = cls._next
            cls._next += 1
            cls._rows.append(self)
        return self

    @classmethod
    def objects(cls) -> "Query":
        return Query(cls, list(cls._rows))

    def to_dict(self):
        return {"pk": self.pk, **{name: getattr(self, name) for name in self._fields}}

    def __eq__(self, other):
        return type(self) is type(other) and self.pk is not None and self.pk == other.pk

    def __hash__(self):
        return hash((type(self).__name__, self.pk))

    def __repr__(self):
        shown = ", ".join(f"{k}={getattr(self, k)!r}" for k in list(self._fields)[:2])
        return f"<{type(self).__name__} #{self.pk} {shown}>"


class Query:
    def __init__(self, model, rows):
        self.model = model
        self.rows = rows

    def filter(self, **conds) -> "Query":
        def ok(row):
            for key, want in conds.items():
                name, _, op = key.partition("__")
                have = getattr(row, name)
                if op == "" and have != want:
                    return False
                if op == "gt" and not have > want:
                    return False
                if op == "in" and have not in want:
                    return False
                if op == "contains" and want not in have:
                    return False
            return True
        return Query(self.model, [r for r in self.rows if ok(r)])

    def order_by(self, *keys) -> "Query":
        rows = list(self.rows)
        for key in reversed(keys):
            rows.sort(key=lambda r: getattr(r, key.lstrip("-")), reverse=key.startswith("-"))
        return Query(self.model, rows)

    def first(self):
        return self.rows[0] if self.rows else None

    def values(self, *names):
        return [tuple(getattr(r, n) for n in names) for r in self.rows]

    def __getattr__(self, name):
        if name.startswith("by_"):
            field = name[3:]
            if field not in self.model._fields:
                raise AttributeError(f"{self.model.__name__} has no field {field!r}")
            return lambda value: self.filter(**{field: value})
        raise AttributeError(name)

    def __iter__(self) -> Iterator[Model]:
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, i):
        return self.rows[i]

    def __repr__(self):
        return f"<Query {self.model.table} x{len(self)}>"


class Timestamped(Model, table="abstract"):
    created = Field(int, default=0, required=False)


class Author(Timestamped):
    name = Field(str)
    country = Field(str, default="UK", choices={"UK", "US", "FR"})


class Book(Timestamped, table="library_books"):
    title = Field(str)
    pages = Field(int, default=100)
    author = Field(Author)
    genre = Field(str, default="fiction", choices={"fiction", "science", "history"})


austen = Author(name="Jane Austen", created=1).save()
darwin = Author(name="Charles Darwin", created=2).save()
hugo = Author(name="Victor Hugo", country="FR", created=3).save()
for title, pages, author, genre in [("Emma", "474", austen, "fiction"), ("Persuasion", 249, austen, "fiction"),
                                    ("Origin of Species", 502, darwin, "science"),
                                    ("Les Miserables", 1463, hugo, "fiction"),
                                    ("Voyage of the Beagle", 496, darwin, "history")]:
    Book(title=title, pages=pages, author=author, genre=genre, created=len(title) % 7).save()

print(sorted(Model.registry), Book.table, Author.table, list(Book._fields), list(Author._fields))
print(Book.objects(), Book.objects().first(), Book.objects()[-1].pages, type(Book.objects()[0].pages).__name__)
long_books = Book.objects().filter(pages__gt=480).order_by("-pages")
print(long_books.values("title", "pages"))
print(Book.objects().filter(author=austen).order_by("title").values("title"))
print(Book.objects().filter(genre__in=("science", "history"), title__contains="o").values("title", "genre"))
print([b.title for b in Book.objects().order_by("genre", "-pages")])
print(Author.objects().by_country("FR").first(), len(Author.objects().by_country("UK")))
try:
    Author.objects().by_age(3)
except AttributeError as e:
    print("AttributeError:", e)
try:
    Author.objects().nothing
except AttributeError as e:
    print("AttributeError:", e)
for bad in [dict(name="X", country="DE"), dict(name=None), dict(name="Y", created="soon"), dict(nme="Z")]:
    try:
        Author(**bad)
    except ValidationError as e:
        print("ValidationError:", e, "| field =", e.field)
    except TypeError as e:
        print("TypeError:", e)
print(Book.objects()[0].to_dict())
print(Book.title, Author.name.name, Book.pages.default, isinstance(Book.author, Field))
by_author = {}
for b in Book.objects():
    by_author.setdefault(b.author, []).append(b.pages)
print({a.name: sum(p) for a, p in by_author.items()})
print(austen == Author.objects().first(), austen == darwin, len({austen, Author.objects().first()}))
print(Author(name="Draft") == Author(name="Draft"), Author(name="Draft").pk)
