"""A small stack virtual machine with labels, calls and error handling."""
import sys


class VMError(Exception):
    def __init__(self, pc, msg):
        super().__init__(f"pc={pc}: {msg}")
        self.pc = pc


class VM:
    def __init__(self, program, trace=False):
        self.code = []
        self.labels = {}
        for raw in program.strip().splitlines():
            line = raw.split(";")[0].strip()
            if not line:
                continue
            if line.endswith(":"):
                self.labels[line[:-1]] = len(self.code)
                continue
            op, *args = line.split()
            self.code.append((op.upper(), [int(a) if a.lstrip("-").isdigit() else a for a in args]))
        self.stack = []
        self.calls = []
        self.out = []
        self.steps = 0
        self.trace = trace

    def pop(self, pc):
        if not self.stack:
            raise VMError(pc, "stack underflow")
        return self.stack.pop()

    def run(self, limit=10000):
        pc = 0
        while pc < len(self.code):
            self.steps += 1
            if self.steps > limit:
                raise VMError(pc, "step limit exceeded")
            op, args = self.code[pc]
            pc += 1
            if op == "PUSH":
                self.stack.append(args[0])
            elif op in ("ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ"):
                b, a = self.pop(pc), self.pop(pc)
                if op == "ADD":
                    self.stack.append(a + b)
                elif op == "SUB":
                    self.stack.append(a - b)
                elif op == "MUL":
                    self.stack.append(a * b)
                elif op == "DIV":
                    if b == 0:
                        raise VMError(pc - 1, "division by zero")
                    self.stack.append(a // b)
                elif op == "MOD":
                    self.stack.append(a % b)
                elif op == "LT":
                    self.stack.append(int(a < b))
                else:
                    self.stack.append(int(a == b))
            elif op == "DUP":
                v = self.pop(pc)
                self.stack += [v, v]
            elif op == "SWAP":
                b, a = self.pop(pc), self.pop(pc)
                self.stack.extend((b, a))
            elif op == "OVER":
                self.stack.append(self.stack[-2])
            elif op == "DROP":
                self.pop(pc)
            elif op == "JMP":
                pc = self.labels[args[0]]
            elif op == "JZ":
                if self.pop(pc) == 0:
                    pc = self.labels[args[0]]
            elif op == "CALL":
                self.calls.append(pc)
                pc = self.labels[args[0]]
            elif op == "RET":
                pc = self.calls.pop()
            elif op == "PRINT":
                self.out.append(str(self.pop(pc)))
            elif op == "HALT":
                break
            else:
                raise VMError(pc - 1, f"unknown op {op}")
        return self.out


FACT = """
    push 1
    push 20
loop:
    dup
    jz done
    dup
    call mulacc
    push 1
    sub
    jmp loop
done:
    drop
    print
    halt
mulacc:        ; (acc n n) -> (acc*n n)
    swap       ; acc n n -> acc n n
    drop
    swap
    over
    mul
    swap
    ret
"""

FIB = """
    push 0
    push 1
    push 15
again:
    dup
    jz end
    push 1
    sub
    call step
    jmp again
end:
    drop
    print
    print
    halt
step:
    swap
    drop
    ret
"""


def main():
    for name, src in [("fact", FACT), ("fib", "push 7\npush 0\ndiv"), ("bad", "push 1\nfrob"), ("under", "add")]:
        vm = VM(src)
        try:
            print(name, vm.run(), vm.steps)
        except VMError as e:
            print(name, "error:", e, "| stack:", vm.stack)
        except (KeyError, IndexError) as e:
            print(name, type(e).__name__, e)
    vm = VM(FIB)
    try:
        print(vm.run(limit=200))
    except Exception as e:
        print("fib failed:", repr(e))
    print(sorted(vm.labels.items(), key=lambda kv: kv[1]))
    code = VM("push 5\npush 3\nlt\nprint\npush -4\npush 3\nmod\nprint")
    print(code.run())
    sys.exit(VM("push 2\npush 40\nadd\nprint").run()[0])


main()
