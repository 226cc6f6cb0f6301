import sys

print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith(".py"))
n = sys.stdout.write("written with write\n")
print(n)
sys.stdout.write("no newline, ")
sys.stdout.write("then one\n")
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
print("to stdout", file=sys.stdout)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)


def check(value):
    if value < 0:
        sys.exit("negative value: %d" % value)
    return value * 2


try:
    sys.exit(3)
except SystemExit as e:
    print("caught exit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught exit", e.code)
print(check(4))
print(check(-2))
print("not reached")
