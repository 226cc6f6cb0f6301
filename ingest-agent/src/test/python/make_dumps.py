"""Produces CPython 3.12 oracle outputs for the parser tests.

  make_dumps.py CASES_DIR            writes ok/*.dump (ast.dump with attributes) and err/*.err
                                     (lineno, offset and message of the first SyntaxError)
  make_dumps.py --list FILE --out D  dumps every path listed in FILE (one per line) into D/<n>.dump,
                                     or D/<n>.skip when CPython itself rejects the file
"""
import ast
import os
import sys
import warnings


def dump_bytes(raw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.dump(ast.parse(raw), include_attributes=True)


def error_of(raw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(raw, "<case>", "exec", flags=ast.PyCF_ONLY_AST)
        except SyntaxError as e:
            return "%s\n%s\n%s\n" % (e.lineno, e.offset, e.msg)
        except (ValueError, MemoryError, RecursionError) as e:
            return "0\n0\n%s\n" % e
    raise SystemExit("expected a syntax error")


def cases(root):
    for name in sorted(os.listdir(os.path.join(root, "ok"))):
        if name.endswith(".py"):
            path = os.path.join(root, "ok", name)
            with open(path, "rb") as f:
                text = dump_bytes(f.read())
            with open(path[:-3] + ".dump", "w", encoding="utf-8") as f:
                f.write(text + "\n")
    for name in sorted(os.listdir(os.path.join(root, "err"))):
        if name.endswith(".py"):
            path = os.path.join(root, "err", name)
            with open(path, "rb") as f:
                text = error_of(f.read())
            with open(path[:-3] + ".err", "w", encoding="utf-8") as f:
                f.write(text)


def listed(list_file, out):
    with open(list_file, encoding="utf-8") as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]
    for i, path in enumerate(paths):
        try:
            with open(path, "rb") as f:
                text = dump_bytes(f.read())
            name, content = "%d.dump" % i, text
        except Exception as e:  # CPython rejects it: the test skips the file
            name, content = "%d.skip" % i, "%s: %s" % (type(e).__name__, e)
        with open(os.path.join(out, name), "w", encoding="utf-8", errors="surrogatepass") as f:
            f.write(content)


if __name__ == "__main__":
    if sys.argv[1] == "--list":
        listed(sys.argv[2], sys.argv[4])
    else:
        cases(sys.argv[1])
