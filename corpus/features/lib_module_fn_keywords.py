# Module functions written in Python in CPython take their parameters by keyword too.
import dataclasses
import typing
from dataclasses import dataclass


@dataclass
class Row:
    name: str
    qty: int = 0


print(typing.cast(int, "7"), typing.cast(typ=int, val="8"), typing.cast(list, val=[1]))
UserId = typing.NewType(name="UserId", tp=int)
print(UserId(5))
print([f.name for f in dataclasses.fields(class_or_instance=Row)])
print([f.name for f in dataclasses.fields(Row("a", 2))])
print(dataclasses.is_dataclass(obj=Row), dataclasses.is_dataclass(obj=3))
for call in (
    lambda: typing.cast(int),
    lambda: typing.cast(),
    lambda: typing.cast(int, 1, 2),
    lambda: typing.cast(int, typ=str),
    lambda: typing.cast(int, value=1),
    lambda: dataclasses.fields(cls=Row),
    lambda: dataclasses.is_dataclass(),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
