"""Expression evaluator with an AST of frozen dataclasses, visitors and pattern matching."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Union
import operator
import re


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Call:
    func: str
    args: tuple[Expr, ...] = ()


Expr = Union[Num, Var, BinOp, Call]


class EvalError(Exception):
    pass


class UndefinedName(EvalError, NameError):
    def __init__(self, name: str) -> None:
        super().__init__(f"undefined name {name!r}")
        self.name = name


TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>[-+*/^(),]))")


class Parser:
    PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

    def __init__(self, text: str) -> None:
        self.tokens: list[tuple[str, str]] = []
        pos = 0
        while pos < len(text.rstrip()):
            m = TOKEN.match(text, pos)
            if not m:
                raise EvalError(f"bad character at {pos}: {text[pos]!r}")
            kind = m.lastgroup
            self.tokens.append((kind, m.group(kind)))
            pos = m.end()
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        if tok is None:
            raise EvalError("unexpected end of input")
        self.i += 1
        return tok

    def parse(self, min_prec: int = 1) -> Expr:
        left = self.atom()
        while (tok := self.peek()) and tok[0] == "op" and tok[1] in self.PRECEDENCE:
            prec = self.PRECEDENCE[tok[1]]
            if prec < min_prec:
                break
            self.take()
            right = self.parse(prec + (0 if tok[1] == "^" else 1))
            left = BinOp(tok[1], left, right)
        return left

    def atom(self) -> Expr:
        match self.take():
            case ("num", text):
                return Num(float(text))
            case ("name", name) if (nxt := self.peek()) and nxt == ("op", "("):
                self.take()
                args = []
                while self.peek() != ("op", ")"):
                    args.append(self.parse())
                    if self.peek() == ("op", ","):
                        self.take()
                self.take()
                return Call(name, tuple(args))
            case ("name", name):
                return Var(name)
            case ("op", "("):
                inner = self.parse()
                if self.take() != ("op", ")"):
                    raise EvalError("expected )")
                return inner
            case ("op", "-"):
                return BinOp("-", Num(0), self.atom())
            case tok:
                raise EvalError(f"unexpected token {tok}")


OPS: dict[str, Callable[[float, float], float]] = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": operator.pow,
}
FUNCS: dict[str, Callable[..., float]] = {"max": max, "min": min, "abs": abs, "sum": lambda *a: sum(a)}


def evaluate(e: Expr, env: dict[str, float]) -> float:
    match e:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise UndefinedName(name)
        case BinOp("/", _, right) if evaluate(right, env) == 0:
            raise EvalError("division by zero") from ZeroDivisionError()
        case BinOp(op, left, right):
            return OPS[op](evaluate(left, env), evaluate(right, env))
        case Call(func, args) if func in FUNCS:
            return FUNCS[func](*(evaluate(a, env) for a in args))
        case Call(func):
            raise EvalError(f"unknown function {func}()")
    raise TypeError(e)


def simplify(e: Expr) -> Expr:
    match e:
        case BinOp("*", Num(0.0), _) | BinOp("*", _, Num(0.0)):
            return Num(0.0)
        case BinOp("*", Num(1.0), x) | BinOp("*", x, Num(1.0)) | BinOp("+", Num(0.0), x) | BinOp("+", x, Num(0.0)):
            return simplify(x)
        case BinOp(op, Num(a), Num(b)):
            return Num(OPS[op](a, b))
        case BinOp(op, l, r):
            new = BinOp(op, simplify(l), simplify(r))
            return simplify(new) if new != e else new
        case Call(f, args):
            return Call(f, tuple(simplify(a) for a in args))
        case _:
            return e


def show(e: Expr) -> str:
    match e:
        case Num(v) if v == int(v):
            return str(int(v))
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Call(f, args):
            return f"{f}({', '.join(map(show, args))})"


def main() -> None:
    env = {"x": 3.0, "y": 4.0, "rate": 0.5}
    sources = [
        "1 + 2 * 3",
        "2 ^ 3 ^ 2",
        "(x + y) * rate",
        "max(x, y, 10) - min(1, 2)",
        "0 * x + 1 * y",
        "-x + abs(-7)",
        "sum(1, 2, 3) / (y - 4)",
        "z * 2",
        "foo(1)",
        "3 $ 4",
        "(1 + 2",
    ]
    for src in sources:
        try:
            tree = Parser(src).parse()
            simple = simplify(tree)
            print(f"{src!r:32} {show(simple):24} = {evaluate(tree, env):g}")
        except UndefinedName as e:
            print(f"{src!r:32} NameError-ish: {e} ({e.name}) {isinstance(e, NameError)}")
        except EvalError as e:
            cause = f" (cause: {type(e.__cause__).__name__})" if e.__cause__ else ""
            print(f"{src!r:32} error: {e}{cause}")
    tree = Parser("x * (y + 1)").parse()
    print(tree)
    print(tree == Parser("x*(y+1)").parse(), hash(tree) == hash(Parser("x * ( y + 1 )").parse()))
    nodes = {Num(1.0), Num(1.0), Var("x")}
    print(len(nodes), sorted(map(repr, nodes)))


main()
