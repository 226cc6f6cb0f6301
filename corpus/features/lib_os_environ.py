# os.environ as a program reads and changes it: getenv, expanduser and expandvars all read the
# mapping, so what the program sets or deletes there is what they see. (Verification gives
# CPython and the translation the same environment: no HOME unless granted.)
import os
import os.path

print("HOME" in os.environ, os.getenv("HOME"), os.getenv("HOME", "no home"))
print(os.environ.get("PYTHONHASHSEED"), os.getenv("PORTALIS_NOT_SET", default="fallback"))

os.environ["HOME"] = "/home/ada/"
os.environ["APP_MODE"] = "debug"
os.environ["EMPTY"] = ""
print(os.getenv("APP_MODE"), repr(os.getenv("EMPTY")), os.environ["HOME"])
print(os.path.expanduser("~"), os.path.expanduser("~/notes/todo.txt"), os.path.expanduser("~/"))
print(os.path.expanduser("x/~"), os.path.expanduser(""), os.path.expanduser("~no_such_user_here/x"))
os.environ["HOME"] = "/"
print(os.path.expanduser("~"), os.path.expanduser("~/etc"))
os.environ["HOME"] = ""
print(repr(os.path.expanduser("~")), os.path.expanduser("~/rel"))

print(os.path.expandvars("$APP_MODE-${APP_MODE}.log"))
print(os.path.expandvars("cost: $5 and $ alone, $UNSET_VAR_X and ${UNSET_VAR_X} stay"))
print(os.path.expandvars("${APP_MODE"), os.path.expandvars("$$APP_MODE"), os.path.expandvars("${}"))
print(os.path.expandvars("a${EMPTY}b$EMPTY.c"), os.path.expandvars("no dollars"))

del os.environ["APP_MODE"]
print(os.getenv("APP_MODE"), os.path.expandvars("$APP_MODE"), "APP_MODE" in os.environ)
try:
    os.getenv(42)
except TypeError as e:
    print("TypeError:", e)
try:
    os.path.expanduser(None)
except TypeError as e:
    print("TypeError:", e)
