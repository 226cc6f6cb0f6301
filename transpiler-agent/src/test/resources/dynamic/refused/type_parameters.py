# expect: type parameter lists
# PEP 695 type parameters: `T` lives in an annotation scope the runtime does not have, so the
# annotation `list[T]` would raise NameError; refused at translation instead.
def first[T](xs: list[T]) -> T:
    return xs[0]


print(first([3, 1, 2]))
