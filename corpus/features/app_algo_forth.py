"""A small Forth: reads a program from stdin, runs it, reports errors per line."""
import sys
import operator
from collections import deque


class ForthError(Exception):
    pass


class StackUnderflow(ForthError):
    def __init__(self, word):
        super().__init__(f"stack underflow in {word!r}")


class Forth:
    BINARY = {"+": operator.add, "-": operator.sub, "*": operator.mul,
              "/": operator.floordiv, "mod": operator.mod, "max": max, "min": min,
              "=": lambda a, b: -1 if a == b else 0, "<": lambda a, b: -1 if a < b else 0}

    def __init__(self):
        self.stack = []
        self.words = {}
        self.out = []

    def pop(self, word):
        if not self.stack:
            raise StackUnderflow(word)
        return self.stack.pop()

    def run_line(self, line):
        tokens = deque(line.lower().split())
        while tokens:
            tok = tokens.popleft()
            if tok == ":":
                name = tokens.popleft()
                if name.lstrip("-").isdigit():
                    raise ForthError(f"cannot redefine number {name}")
                body = []
                while (t := tokens.popleft()) != ";":
                    body.extend(self.words.get(t, [t]))
                self.words[name] = body
                continue
            if tok in self.words:
                tokens.extendleft(reversed(self.words[tok]))
                continue
            self.execute(tok)

    def execute(self, tok):
        match tok:
            case _ if tok.lstrip("-").isdigit():
                self.stack.append(int(tok))
            case op if op in self.BINARY:
                b, a = self.pop(op), self.pop(op)
                if op in ("/", "mod") and b == 0:
                    raise ForthError("division by zero")
                self.stack.append(self.BINARY[op](a, b))
            case "dup":
                x = self.pop(tok)
                self.stack += [x, x]
            case "drop":
                self.pop(tok)
            case "swap":
                b, a = self.pop(tok), self.pop(tok)
                self.stack += [b, a]
            case "over":
                b, a = self.pop(tok), self.pop(tok)
                self.stack += [a, b, a]
            case "rot":
                c, b, a = self.pop(tok), self.pop(tok), self.pop(tok)
                self.stack += [b, c, a]
            case "." | "emit":
                x = self.pop(tok)
                self.out.append(str(x) if tok == "." else chr(x))
            case ".s":
                self.out.append(f"<{len(self.stack)}> " + " ".join(map(str, self.stack)))
            case "cr":
                print(" ".join(self.out))
                self.out.clear()
            case _:
                raise ForthError(f"undefined word {tok!r}")


def main():
    forth = Forth()
    errors = 0
    for lineno, raw in enumerate(sys.stdin, start=1):
        line = raw.split("\\", 1)[0].rstrip("\n")
        if not line.strip():
            continue
        try:
            forth.run_line(line)
        except StackUnderflow as e:
            errors += 1
            print(f"line {lineno}: {e}", file=sys.stderr)
            print(f"line {lineno}: underflow")
        except ForthError as e:
            errors += 1
            print(f"line {lineno}: error: {e}")
        except IndexError:
            errors += 1
            print(f"line {lineno}: unterminated definition")
    if forth.out:
        print(" ".join(forth.out))
    print(f"stack: {forth.stack}  words: {sorted(forth.words)}  errors: {errors}")
    sys.exit(1 if errors > 3 else 0)


if __name__ == "__main__":
    main()
