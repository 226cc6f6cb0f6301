import json
import sys
import textwrap


def walk(obj, path="$"):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, f"{path}[{i}]")
    else:
        yield path, obj


def main():
    try:
        doc = json.load(sys.stdin)
    except json.JSONDecodeError as e:
        print(f"invalid JSON: {e}", file=sys.stderr)
        sys.exit(3)
    leaves = list(walk(doc))
    print(f"{len(leaves)} leaves")
    for path, value in leaves:
        kind = type(value).__name__
        print(f"{path:<28} {kind:<6} {value!r}")
    nums = [v for _, v in leaves if isinstance(v, (int, float)) and not isinstance(v, bool)]
    print("sum:", sum(nums), "max:", max(nums, default=None))
    desc = doc.get("description", "")
    print(textwrap.fill(desc, width=30, initial_indent="> ", subsequent_indent="  "))
    doc["tags"] = sorted(set(doc.get("tags", [])))
    print(json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False))
    print(json.dumps(doc["tags"], separators=(",", ":")))


main()
