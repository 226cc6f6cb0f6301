# isinstance/issubclass with the bare aliases of `typing` (List, Tuple, Iterable, ...) check
# against the class they stand for; subscripted aliases and special forms refuse loudly.
import typing
from typing import Dict, List, Tuple, Iterable, Sequence, Callable, Any, Optional


def describe(value):
    kinds = []
    for name, alias in [("List", List), ("Tuple", Tuple), ("Dict", Dict),
                        ("Iterable", Iterable), ("Sequence", Sequence), ("Callable", Callable)]:
        if isinstance(value, alias):
            kinds.append(name)
    return kinds


for value in [[1, 2], (3, 4), {"k": 5}, "text", 7, len]:
    print(repr(value) if not callable(value) else "len", describe(value))

print(isinstance((1,), (int, typing.Tuple)))
print(issubclass(tuple, Tuple), issubclass(list, typing.Sequence), issubclass(int, Sequence))
print(issubclass(int, Any))
print(isinstance(None, Optional[int]), isinstance(3, Optional[int]))

for info in [List[int], Any, typing.Union, Optional]:
    try:
        isinstance([1], info)
    except TypeError as e:
        print("TypeError:", e)
try:
    issubclass(list, typing.Union)
except TypeError as e:
    print("TypeError:", e)
