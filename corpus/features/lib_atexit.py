# atexit: callbacks run last-registered first at shutdown, after a sys.exit message.
import atexit
import sys

log = []


def flush_log(prefix, sep=", "):
    print(prefix + sep.join(log))


@atexit.register
def goodbye():
    print("goodbye, registered first, runs last")


def never():
    print("unregistered: never printed")


atexit.register(flush_log, "log: ", sep=" | ")
atexit.register(never)
atexit.register(lambda: print("lambda runs first"))
atexit.unregister(never)
log.extend(["start", "work"])
print("registered")
try:
    sys.exit(0)
except SystemExit:
    print("a caught SystemExit does not run them")
log.append("end")
sys.exit("fatal: stopping with a message")
