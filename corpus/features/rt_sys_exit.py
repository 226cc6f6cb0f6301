import sys


def finish(code):
    print("finishing with", code)
    sys.exit(code)


print("start")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
finish(3)
print("not reached")
