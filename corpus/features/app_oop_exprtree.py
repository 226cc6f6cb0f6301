"""Expression trees: dataclass nodes, visitor dispatch, structural pattern matching, simplifier."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Union
import operator


class Expr:
    def __add__(self, other):
        return BinOp("+", self, wrap(other))

    def __radd__(self, other):
        return BinOp("+", wrap(other), self)

    def __mul__(self, other):
        return BinOp("*", self, wrap(other))

    def __rmul__(self, other):
        return BinOp("*", wrap(other), self)

    def __sub__(self, other):
        return BinOp("-", self, wrap(other))

    def __neg__(self):
        return BinOp("*", Num(-1), self)

    def __pow__(self, n):
        return BinOp("^", self, wrap(n))


@dataclass(frozen=True)
class Num(Expr):
    value: Union[int, float]


@dataclass(frozen=True)
class Var(Expr):
    name: str


@dataclass(frozen=True)
class BinOp(Expr):
    op: str
    left: Expr
    right: Expr


def wrap(x) -> Expr:
    return x if isinstance(x, Expr) else Num(x)


class Visitor:
    def visit(self, node: Expr):
        method = getattr(self, "visit_" + type(node).__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        raise TypeError(f"no visitor for {type(node).__name__}")


class Printer(Visitor):
    PREC = {"+": 1, "-": 1, "*": 2, "^": 3}

    def visit_Num(self, node):
        return str(node.value) if node.value >= 0 else f"({node.value})"

    def visit_Var(self, node):
        return node.name

    def visit_BinOp(self, node):
        parts = []
        for side in (node.left, node.right):
            text = self.visit(side)
            if isinstance(side, BinOp) and self.PREC[side.op] < self.PREC[node.op]:
                text = f"({text})"
            parts.append(text)
        return f" {node.op} ".join(parts)


class Evaluator(Visitor):
    OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "^": operator.pow}

    def __init__(self, env: Dict[str, float]):
        self.env = env

    def visit_Num(self, node):
        return node.value

    def visit_Var(self, node):
        try:
            return self.env[node.name]
        except KeyError:
            raise NameError(f"unbound variable {node.name!r}") from None

    def visit_BinOp(self, node):
        return self.OPS[node.op](self.visit(node.left), self.visit(node.right))


def simplify(e: Expr) -> Expr:
    match e:
        case BinOp(op, left, right):
            left, right = simplify(left), simplify(right)
            match (op, left, right):
                case (_, Num(a), Num(b)):
                    return Num(Evaluator({}).OPS[op](a, b))
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("-", x, y) if x == y:
                    return Num(0)
                case ("^", x, Num(1)):
                    return x
                case ("^", _, Num(0)):
                    return Num(1)
                case _:
                    return BinOp(op, left, right)
        case _:
            return e


def derive(e: Expr, var: str) -> Expr:
    match e:
        case Num():
            return Num(0)
        case Var(name=n):
            return Num(1 if n == var else 0)
        case BinOp("+" | "-" as op, l, r):
            return BinOp(op, derive(l, var), derive(r, var))
        case BinOp("*", l, r):
            return l * derive(r, var) + derive(l, var) * r
        case BinOp("^", base, Num(value=k)):
            return Num(k) * base ** (k - 1) * derive(base, var)
        case other:
            raise ValueError(f"cannot derive {other}")


def count_nodes(e: Expr) -> Dict[str, int]:
    counts: Dict[str, int] = {}

    def walk(node):
        counts[type(node).__name__] = counts.get(type(node).__name__, 0) + 1
        if isinstance(node, BinOp):
            walk(node.left)
            walk(node.right)
    walk(e)
    return counts


x, y = Var("x"), Var("y")
show = Printer().visit
exprs = [
    3 * x ** 2 + 2 * x + 1,
    (x + 1) * (x - 1),
    x * y + 0 * y + 1 * x,
    -(x ** 3) + y ** 0,
    (2 + 3) * x - x,
]
env = {"x": 2, "y": 5}
for e in exprs:
    s = simplify(e)
    d = simplify(derive(e, "x"))
    print(f"{show(e):<28} => {show(s):<20} d/dx = {show(d):<24} at x=2: {Evaluator(env).visit(e)}")
print(count_nodes(exprs[0]))
print(simplify(x - x), simplify(Num(2) ** 10), x == Var("x"), hash(x) == hash(Var("x")))
print(repr(simplify(x * 1 + 0)), BinOp("+", x, Num(1)))
try:
    Evaluator({}).visit(x + 1)
except NameError as e:
    print("NameError:", e)
try:
    derive(BinOp("^", x, y), "x")
except ValueError as e:
    print("ValueError:", e)
try:
    Printer().visit(Expr())
except TypeError as e:
    print("TypeError:", e)
match exprs[1]:
    case BinOp(op="*", left=BinOp(op="+") as l, right=r):
        print("product of sum", show(l), "and", show(r))
