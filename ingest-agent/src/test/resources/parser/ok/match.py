match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2) | Point(3, 4) as p:
        pass
    case {"key": value, **rest}:
        pass
    case {1: a, -2: b, 1.5: c, "s" "t": d, None: e, Color.RED: f}:
        pass
    case [1, 2, *others]:
        pass
    case [*_, last]:
        pass
    case (1 | 2 | 3):
        pass
    case 1 + 2j | -1 - 2j | -3:
        pass
    case None | True | False:
        pass
    case "str" | b"bytes":
        pass
    case a.b.c:
        pass
    case _ if x > 0:
        pass
    case x, y:
        pass
    case (x, *y):
        pass
    case ():
        pass
    case []:
        pass
    case {}:
        pass
    case *a, b:
        pass
match = 1
match.x = 2
match(x)
match x, y:
    case _:
        pass
