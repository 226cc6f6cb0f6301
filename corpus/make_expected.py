#!/usr/bin/env python3
"""Regenerates the expected outputs of the feature corpus by running CPython.

For each corpus/features/NAME.py: NAME.out is CPython's stdout (bytes, as is) and NAME.exit its
exit code, written only when it is not 0, and NAME.err the last line of its stderr (for an uncaught
exception, `TypeName: message`), written only when the exit code is not 0 and stderr is not empty
(stale files are removed). NAME.stdin, when present,
is fed as standard input. Runs with PYTHONHASHSEED=0 and no other environment of this shell's, in a
fresh empty directory, as the test stage runs CPython.

For each corpus/programs/NAME/main.py (a program of several modules) the same files are written
beside main.py (main.out, main.exit, main.err), with the program directory's absolute path
replaced by {DIR}: CPython names files by absolute path in some messages
(`cannot import name 'x' from 'util' (/abs/util.py)`), and the test puts its own path back.

Usage: corpus/make_expected.py [NAME ...]   (default: every program; a NAME that is a directory
of corpus/programs names that program)
"""
import os
import shutil
import subprocess
import tempfile
import sys
from pathlib import Path

FEATURES = Path(__file__).resolve().parent / "features"
PROGRAMS = Path(__file__).resolve().parent / "programs"
DIR_PLACEHOLDER = b"{DIR}"
PREFERRED = "/root/.pyenv/versions/3.12.1/bin/python"


def python():
    if os.access(PREFERRED, os.X_OK):
        return PREFERRED
    found = shutil.which("python3")
    if not found:
        sys.exit("make_expected: no CPython found (wanted %s or python3)" % PREFERRED)
    return found


def regenerate(py, program):
    stdin_file = program.with_suffix(".stdin")
    stdin = stdin_file.read_bytes() if stdin_file.exists() else b""
    # Exactly the environment verification gives CPython and the translation (CPython.programEnvironment):
    # nothing of this shell's, so a program reading HOME or PATH sees them unset on both sides.
    env = {"PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1", "PYTHONCOERCECLOCALE": "0"}
    # A fresh, empty working directory per program, as verification runs it: programs that write
    # files write them there, and `os.listdir(".")` sees only what the program made. The script
    # is named by absolute path, which `sys.argv[0]` shows as the bare file name again, as
    # `python3 NAME.py` gives it (and as the translation has it).
    with tempfile.TemporaryDirectory(prefix="make-expected-") as scratch:
        run = subprocess.run([py, "-B", str(program.resolve())], cwd=scratch, input=stdin,
                             capture_output=True, env=env, timeout=60)
    script = str(program.resolve()).encode("utf-8")
    run_stdout = run.stdout.replace(script, program.name.encode("utf-8"))
    run_stderr = run.stderr.replace(script, program.name.encode("utf-8"))
    here = str(program.parent.resolve()).encode("utf-8")
    stdout = run_stdout.replace(here, DIR_PLACEHOLDER) if program.parent.parent == PROGRAMS else run_stdout
    stderr = run_stderr.replace(here, DIR_PLACEHOLDER) if program.parent.parent == PROGRAMS else run_stderr
    program.with_suffix(".out").write_bytes(stdout)
    exit_file = program.with_suffix(".exit")
    err_file = program.with_suffix(".err")
    last = stderr.decode("utf-8").strip().splitlines()[-1:] if run.returncode != 0 else []
    if run.returncode != 0:
        exit_file.write_text("%d\n" % run.returncode)
    elif exit_file.exists():
        exit_file.unlink()
    if last:
        err_file.write_text(last[0] + "\n", encoding="utf-8")
    elif err_file.exists():
        err_file.unlink()
    return run.returncode


def main(names):
    py = python()
    programs = [PROGRAMS / n / "main.py" if (PROGRAMS / n).is_dir()
                else FEATURES / (n if n.endswith(".py") else n + ".py") for n in names] \
        if names else sorted(FEATURES.glob("*.py")) + sorted(PROGRAMS.glob("*/main.py"))
    for program in programs:
        code = regenerate(py, program)
        shown = program.parent.name + "/" + program.name if program.parent.parent == PROGRAMS else program.name
        print("%-40s exit %d" % (shown, code))
    print("%d programs, expected outputs from %s" % (len(programs), py))


if __name__ == "__main__":
    main(sys.argv[1:])
