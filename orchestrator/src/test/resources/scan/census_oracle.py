"""The census counts that CPython's own parser can decide, per file, as JSON lines.

Usage: census_oracle.py FILE...  Prints {"path", "parses", counts...} for each file. A file that
does not parse (or cannot be read) has "parses": false and no counts.
"""
import ast
import json
import sys
import warnings


def counts(tree):
    c = dict(eval_exec_calls=0, getattr_setattr_delattr_calls=0, dict_class_accesses=0,
             metaclass_keywords=0, star_imports=0, import_statements=0)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in ("eval", "exec"):
                c["eval_exec_calls"] += 1
            elif node.func.id in ("getattr", "setattr", "delattr"):
                c["getattr_setattr_delattr_calls"] += 1
        elif isinstance(node, ast.Attribute) and node.attr in ("__dict__", "__class__"):
            c["dict_class_accesses"] += 1
        elif isinstance(node, ast.ClassDef):
            c["metaclass_keywords"] += sum(1 for k in node.keywords if k.arg == "metaclass")
        elif isinstance(node, ast.ImportFrom):
            c["import_statements"] += 1
            c["star_imports"] += sum(1 for a in node.names if a.name == "*")
        elif isinstance(node, ast.Import):
            c["import_statements"] += 1
    return c


def main():
    warnings.simplefilter("ignore")
    for path in sys.argv[1:]:
        entry = {"path": path}
        try:
            with open(path, "rb") as f:
                tree = ast.parse(f.read(), path)
            entry["parses"] = True
            entry.update(counts(tree))
        except (SyntaxError, ValueError, OSError, RecursionError, MemoryError):
            entry["parses"] = False
        print(json.dumps(entry))


main()
