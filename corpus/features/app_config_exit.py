# atexit cleanup with sys.exit(message) from a config check; a caught SystemExit keeps going.
import sys
import atexit


def cleanup():
    print("cleanup ran")


atexit.register(cleanup)


def check(config):
    missing = [k for k in ("host", "port") if k not in config]
    if missing:
        sys.exit(f"config error: missing {', '.join(missing)}")
    return True


try:
    check({"host": "h"})
except SystemExit as e:
    print("caught SystemExit:", e.code, type(e.code).__name__)
try:
    sys.exit(3)
except SystemExit as e:
    print("code", e.code, e.args)
print("before final exit")
check({})
print("never")
