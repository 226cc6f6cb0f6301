# Each module's top level runs once, at its first import, in import order.
print("main: before imports")
import first
import second
import first
print("main: after imports", first.loads, second.ORDER)


def late():
    import third
    return third.VALUE


print("main: calling late()")
print("late:", late())
print("late again:", late())
import third
print("third is shared:", third.VALUE, third.calls())
