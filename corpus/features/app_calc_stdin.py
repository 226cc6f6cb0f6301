"""A recursive-descent calculator with variables; reads expressions from stdin."""
import sys
import math

TOKEN_SPEC = "+-*/%^(),="


class Token:
    __slots__ = ("kind", "value", "pos")

    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"


class ParseError(Exception):
    pass


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", float(text) if "." in text else int(text), i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j], i))
            i = j
        elif c in TOKEN_SPEC:
            tokens.append(Token("op", c, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {c!r} at {i}")
    tokens.append(Token("eof", None, len(src)))
    return tokens


FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "floor": math.floor, "log": math.log}


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, value):
        tok = self.next()
        if tok.value != value:
            raise ParseError(f"expected {value!r} at {tok.pos}, got {tok.value!r}")

    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.i + 1].value == "=":
            name = self.next().value
            self.next()
            val = self.expr()
            self.env[name] = val
            return val
        return self.expr()

    def expr(self):
        val = self.term()
        while self.peek().value in ("+", "-"):
            op = self.next().value
            rhs = self.term()
            val = val + rhs if op == "+" else val - rhs
        return val

    def term(self):
        val = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.next().value
            rhs = self.factor()
            if op == "*":
                val *= rhs
            elif op == "/":
                val /= rhs
            else:
                val %= rhs
        return val

    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.next()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek().value == "-":
            self.next()
            return -self.unary()
        return self.atom()

    def atom(self):
        tok = self.next()
        if tok.kind == "num":
            return tok.value
        if tok.kind == "name":
            if self.peek().value == "(":
                self.next()
                args = [self.expr()]
                while self.peek().value == ",":
                    self.next()
                    args.append(self.expr())
                self.expect(")")
                if tok.value not in FUNCS:
                    raise NameError(f"unknown function {tok.value}")
                return FUNCS[tok.value](*args)
            if tok.value not in self.env:
                raise NameError(f"name '{tok.value}' is not defined")
            return self.env[tok.value]
        if tok.value == "(":
            val = self.expr()
            self.expect(")")
            return val
        raise ParseError(f"unexpected {tok.value!r} at {tok.pos}")


def main():
    env = {"pi": math.pi, "e": math.e}
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line.strip():
            continue
        try:
            p = Parser(tokenize(line), env)
            result = p.statement()
            if p.peek().kind != "eof":
                raise ParseError(f"trailing input at {p.peek().pos}")
            print(f"{line} => {result}")
        except (ParseError, NameError, ZeroDivisionError, ValueError, OverflowError) as exc:
            print(f"{line} => {type(exc).__name__}: {exc}")
    print(sorted(k for k in env if k not in ("pi", "e")))


main()
