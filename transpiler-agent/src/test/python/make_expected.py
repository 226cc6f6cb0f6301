"""Runs each translate/*.py with CPython and saves its stdout (.out) and, when not 0, its
exit code (.exit). Expected outputs of translation tests must come from CPython, never typed.

Usage: python3 transpiler-agent/src/test/python/make_expected.py
"""
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE.parent / "resources" / "translate"

for py in sorted(CASES.glob("*.py")):
    run = subprocess.run([sys.executable, str(py)], capture_output=True, cwd=CASES)
    py.with_suffix(".out").write_bytes(run.stdout)
    exit_file = py.with_suffix(".exit")
    if run.returncode != 0:
        exit_file.write_text(f"{run.returncode}\n")
    elif exit_file.exists():
        exit_file.unlink()
    print(f"{py.name}: exit {run.returncode}")
