"""A tiny calculator language: tokenizer, recursive-descent parser, evaluator."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Union


class Kind(Enum):
    NUM = auto()
    NAME = auto()
    OP = auto()
    LPAREN = auto()
    RPAREN = auto()
    COMMA = auto()
    EOF = auto()


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str
    pos: int


TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*(?:[eE][-+]?\d+)?)|([A-Za-z_]\w*)|(\*\*|[-+*/%^=])|(\()|(\))|(,))")


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at column {pos}")
        self.pos = pos


def tokenize(src: str) -> list[Token]:
    pos = 0
    out = []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise ParseError(f"unexpected character {src[pos]!r}", pos)
        num, name, op, lp, rp, comma = m.groups()
        start = m.start(m.lastindex)
        if num:
            out.append(Token(Kind.NUM, num, start))
        elif name:
            out.append(Token(Kind.NAME, name, start))
        elif op:
            out.append(Token(Kind.OP, op, start))
        elif lp:
            out.append(Token(Kind.LPAREN, lp, start))
        elif rp:
            out.append(Token(Kind.RPAREN, rp, start))
        else:
            out.append(Token(Kind.COMMA, comma, start))
        pos = m.end()
    out.append(Token(Kind.EOF, "", pos))
    return out


@dataclass
class Num:
    value: float

@dataclass
class Var:
    name: str

@dataclass
class BinOp:
    op: str
    left: "Node"
    right: "Node"

@dataclass
class Neg:
    operand: "Node"

@dataclass
class Call:
    func: str
    args: list = field(default_factory=list)

@dataclass
class Assign:
    name: str
    value: "Node"

Node = Union[Num, Var, BinOp, Neg, Call, Assign]


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, kind):
        tok = self.next()
        if tok.kind is not kind:
            raise ParseError(f"expected {kind.name.lower()}, got {tok.text or 'end'!r}", tok.pos)
        return tok

    def statement(self):
        if self.peek().kind is Kind.NAME and self.tokens[self.i + 1].text == "=":
            name = self.next().text
            self.next()
            node = Assign(name, self.expr())
        else:
            node = self.expr()
        self.expect(Kind.EOF)
        return node

    def expr(self):
        node = self.term()
        while (tok := self.peek()).kind is Kind.OP and tok.text in "+-":
            self.next()
            node = BinOp(tok.text, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek().text in ("*", "/", "%"):
            op = self.next().text
            node = BinOp(op, node, self.factor())
        return node

    def factor(self):
        if self.peek().text == "-":
            self.next()
            return Neg(self.factor())
        base = self.atom()
        if self.peek().text in ("^", "**"):
            self.next()
            return BinOp("^", base, self.factor())
        return base

    def atom(self):
        tok = self.next()
        match tok.kind:
            case Kind.NUM:
                return Num(float(tok.text) if "." in tok.text or "e" in tok.text.lower() else int(tok.text))
            case Kind.NAME if self.peek().kind is Kind.LPAREN:
                self.next()
                args = []
                if self.peek().kind is not Kind.RPAREN:
                    args.append(self.expr())
                    while self.peek().kind is Kind.COMMA:
                        self.next()
                        args.append(self.expr())
                self.expect(Kind.RPAREN)
                return Call(tok.text, args)
            case Kind.NAME:
                return Var(tok.text)
            case Kind.LPAREN:
                node = self.expr()
                self.expect(Kind.RPAREN)
                return node
            case _:
                raise ParseError(f"unexpected {tok.text or 'end of input'!r}", tok.pos)


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hypot": math.hypot}


def evaluate(node: Node, env: dict):
    match node:
        case Num(value=v):
            return v
        case Var(name=n):
            if n not in env:
                raise NameError(f"undefined variable {n!r}")
            return env[n]
        case Neg(operand):
            return -evaluate(operand, env)
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r):
            return evaluate(l, env) / evaluate(r, env)
        case BinOp("%", l, r):
            return evaluate(l, env) % evaluate(r, env)
        case BinOp("^", l, r):
            return evaluate(l, env) ** evaluate(r, env)
        case Call(func, args) if func in FUNCS:
            return FUNCS[func](*[evaluate(a, env) for a in args])
        case Call(func, _):
            raise NameError(f"unknown function {func}()")
        case Assign(name, value):
            env[name] = result = evaluate(value, env)
            return result
    raise TypeError(f"bad node {node!r}")


PROGRAM = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ** 2",
    "x = 10 / 4",
    "y = x * 2 + sqrt(16)",
    "max(x, y, 3) - min(1, 2)",
    "hypot(3, 4) % 3",
    "7 % -3",
    "big = 2 ^ 100",
    "big + 1",
    "1 / 0",
    "z + 1",
    "foo(1)",
    "3 + * 4",
    "(1 + 2",
    "4 $ 4",
    "1e3 + 2.5e-1",
]

env = {"pi": math.pi}
for line in PROGRAM:
    try:
        tree = Parser(tokenize(line)).statement()
        value = evaluate(tree, env)
    except ParseError as e:
        print(f"{line:<26} ! syntax error: {e} (pos={e.pos})")
    except (NameError, ZeroDivisionError) as e:
        print(f"{line:<26} ! {type(e).__name__}: {e}")
    else:
        print(f"{line:<26} = {value!r}")
print(sorted(env))
print(Parser(tokenize("a = 1 + f(2, -b)")).statement())
print(Token(Kind.NUM, "1", 0) == Token(Kind.NUM, "1", 0), Kind.OP, repr(Kind.EOF), Kind["NAME"].value)
