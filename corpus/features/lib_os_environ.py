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

# os.environ is os._Environ: a mutable mapping of str to str, not a dict.
env = os.environ
print(type(env).__name__, isinstance(env, dict), len(env) == len(dict(env)), "HOME" in env)
print(sorted(k for k in env if k.startswith("PYTHON")), env["PYTHONUTF8"])
print(repr(env) == "environ(" + repr(dict(env)) + ")", env == dict(env), env != {})
snapshot = env.copy()
print(type(snapshot).__name__, snapshot == env)
env.update({"A_VAR": "1"})
print(env.pop("A_VAR"), env.setdefault("B_VAR", "2"), env.get("B_VAR"), "A_VAR" in env)
for bad in [("N_VAR", 5), (5, "x")]:
    try:
        env[bad[0]] = bad[1]
    except TypeError as e:
        print("TypeError:", e)
try:
    env["NOPE_VAR"]
except KeyError as e:
    print("KeyError:", e)
try:
    del env["NOPE_VAR"]
except KeyError as e:
    print("KeyError:", e)
print(sorted({**env}.items()) == sorted(env.items()))

# Keys and values are checked as CPython's encodekey/encodevalue check them, whichever method.
for attempt in (lambda: 5 in env, lambda: env.get(5), lambda: env.pop(5), lambda: env.setdefault("C_VAR"),
                lambda: env.update(D_VAR=3), lambda: env.update([("E_VAR", "e"), ("F_VAR", None)]),
                lambda: env.update([("G_VAR",)]), lambda: env.setdefault("H_VAR", "h")):
    try:
        print("ok", attempt())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(env.get("E_VAR"), env.get("F_VAR"), "C_VAR" in env, env.pop("H_VAR"), env.pop("NOPE_VAR", "gone"))
