# Parameterized types as values: types.GenericAlias, types.UnionType and typing's aliases.
import collections
import types
import typing
from typing import Any, Callable, Dict, List, Literal, Optional, Tuple, Union, get_args, get_origin

aliases = [list[int], dict[str, list[float]], tuple[int, ...], tuple[()], set[frozenset[str]],
           type[int], list["Node"], collections.deque[int], collections.defaultdict[str, int]]
for a in aliases:
    print(repr(a), get_origin(a), get_args(a))

print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(list[int]("abc"), dict[str, int](a=1), tuple[int, ...]([1, 2]), list[int].__name__)
print(type(list[int]) is types.GenericAlias, isinstance(list[int], type))

unions = [int | None, None | int, int | str | int, int | str | float, list[int] | None, int | list[str] | None]
for u in unions:
    print(repr(u), u.__args__, get_origin(u) is types.UnionType)
print(int | int, (int | str) == (str | int), type(int | str).__name__)
print(isinstance(3, int | str), isinstance("x", int | None), isinstance(None, int | None), issubclass(bool, int | str))
for bad in (lambda: isinstance([], list[int]), lambda: int | 3, lambda: isinstance(1, int | list[int])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

forms = [Optional[int], Union[int, str], Union[int, None], Union[int], Optional[Union[int, str]], List[int],
         Dict[str, Any], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., None],
         Literal["r", 1], Optional["Node"], List["Node"], typing.Set[int], typing.Deque[str]]
for f in forms:
    print(repr(f), get_origin(f), get_args(f))
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == List[int])
print(Optional[int].__name__, Union[int, str].__name__, List[int].__name__, Callable[[int], int].__name__)
print(get_origin(Optional[int]) is Union, get_origin(List) is list, get_origin(Any), get_args(int))
print(isinstance(3, Optional[int]), isinstance("s", Union[int, float]))
print(int | Optional[str], Optional[str] | int, List[int] | None)
try:
    List[int]()
except TypeError as e:
    print("TypeError:", e)
print(typing.Deque[int]([1, 2]))
