from typing import Protocol, TypedDict, runtime_checkable


class Speaker(Protocol):
    def speak(self) -> str: ...


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str


class Dog:
    def speak(self):
        return "woof"

    def close(self):
        pass


class Cat:
    name = "tom"


class Movie(TypedDict):
    title: str


class Loud(Speaker):
    def speak(self):
        return "WOOF"


print(isinstance(Dog(), Closer), isinstance(Cat(), Closer), isinstance(Cat(), Named), isinstance(Dog(), Named))
print(issubclass(Dog, Closer), issubclass(Cat, Closer), isinstance(Dog(), (int, Closer)), isinstance(Loud(), Loud))
for bad in [lambda: isinstance(Loud(), Speaker), lambda: isinstance(Dog(), Speaker), lambda: issubclass(Dog, Speaker), lambda: isinstance({}, Movie),
            lambda: issubclass(Cat, Named), lambda: runtime_checkable(Dog)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
