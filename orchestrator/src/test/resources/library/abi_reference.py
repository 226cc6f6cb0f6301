"""The reference implementation of Portalis's library ABI (docs/ABI.md) in CPython: calls each
function of a module with JSON arguments decoded as the guest decodes them, and prints what the
guest must answer, one JSON object per line: {"status": 0, "json": RESULT_TEXT} or
{"status": 1, "type": NAME, "message": STR}.

usage: python3 abi_reference.py MODULE.py CALLS.json
"""
import ast
import dataclasses
import importlib.util
import json
import sys


def shape(text):
    """An annotation's text as the guest reads it (pyrt::value::abi::shape)."""
    t = "".join(text.split()).strip("\"'")
    parts = split_top(t, "|")
    if parts is not None:
        rest = [p for p in parts if p != "None"]
        return ("optional", shape(rest[0])) if len(rest) == 1 and len(rest) < len(parts) else ("any",)
    args = []
    head = t
    if "[" in t and t.endswith("]"):
        i = t.index("[")
        head, inner = t[:i], t[i + 1:-1]
        args = split_top(inner, ",") or [inner]
    head = head.removeprefix("typing.")
    arg = lambda i: shape(args[i]) if i < len(args) else ("any",)
    if head in ("list", "List"):
        return ("list", arg(0))
    if head in ("set", "Set"):
        return ("set", arg(0), False)
    if head in ("frozenset", "FrozenSet"):
        return ("set", arg(0), True)
    if head in ("dict", "Dict"):
        return ("dict", arg(1))
    if head == "Optional":
        return ("optional", arg(0))
    if head in ("tuple", "Tuple"):
        if not args:
            return ("tuple", [("any",)], True)
        if len(args) == 2 and args[1] == "...":
            return ("tuple", [shape(args[0])], True)
        return ("tuple", [shape(a) for a in args], False)
    if head in ("", "int", "float", "str", "bool", "None", "Any", "object", "complex"):
        return ("any",)
    if not args and all(c.isalnum() or c == "_" for c in head):
        return ("named", head)
    return ("any",)


def split_top(t, sep):
    depth, parts, start = 0, [], 0
    for i, c in enumerate(t):
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif c == sep and depth == 0:
            parts.append(t[start:i])
            start = i + 1
    if not parts:
        return None
    parts.append(t[start:])
    return parts


def convert(s, v, classes):
    kind = s[0]
    if kind == "optional":
        return None if v is None else convert(s[1], v, classes)
    if kind == "list" and isinstance(v, list):
        return [convert(s[1], x, classes) for x in v]
    if kind == "tuple" and isinstance(v, list):
        shapes, variadic = s[1], s[2]
        return tuple(convert(shapes[0] if variadic else (shapes[i] if i < len(shapes) else ("any",)), x, classes)
                     for i, x in enumerate(v))
    if kind == "set" and isinstance(v, list):
        items = [convert(s[1], x, classes) for x in v]
        return frozenset(items) if s[2] else set(items)
    if kind == "dict" and isinstance(v, dict):
        return {k: convert(s[1], x, classes) for k, x in v.items()}
    if kind == "named" and isinstance(v, dict) and isinstance(classes.get(s[1]), type):
        return classes[s[1]](**v)
    return v


def default(o):
    if dataclasses.is_dataclass(o) and not isinstance(o, type):
        return {f.name: getattr(o, f.name) for f in dataclasses.fields(o)}
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def main(path, calls_path):
    sys.set_int_max_str_digits(0)
    source = open(path, encoding="utf-8").read()
    tree = ast.parse(source)
    params = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            params[node.name] = [ast.get_source_segment(source, a.annotation) if a.annotation else ""
                                 for a in node.args.posonlyargs + node.args.args]
    spec = importlib.util.spec_from_file_location(path.rsplit("/", 1)[-1][:-3], path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    classes = {n.name: getattr(module, n.name) for n in tree.body if isinstance(n, ast.ClassDef)}
    for name, args in json.load(open(calls_path, encoding="utf-8")):
        shapes = [shape(a) for a in params[name]]
        try:
            args = [convert(shapes[i], a, classes) if i < len(shapes) else a for i, a in enumerate(args)]
            result = json.dumps(getattr(module, name)(*args), default=default, separators=(",", ":"),
                                ensure_ascii=False)
            print(json.dumps({"status": 0, "json": result}))
        except Exception as e:
            print(json.dumps({"status": 1, "type": type(e).__name__, "message": str(e)}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
