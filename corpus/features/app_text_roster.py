"""Parse a fixed-width and key=value roster, build reports in several formats."""
from collections import defaultdict, namedtuple, ChainMap
from itertools import groupby, zip_longest, islice
import base64
import json

FIXED = """\
ID   NAME            DEPT      SALARY   START
001  Ada Lovelace    R&D       123000   1843-07-01
002  Grace Hopper    Systems   118500   1952-03-15
003  Linus Torvalds  Systems    99000   1991-08-25
004  Ken Thompson    R&D       131250   1969-11-02
005  Barbara Liskov  Research  127300   1968-01-20
006  Alan Turing     Research        -   1936-05-28
"""
COLS = [(0, 5), (5, 21), (21, 31), (31, 40), (40, None)]
Person = namedtuple("Person", "ident name dept salary start")

people = []
for line in FIXED.splitlines()[1:]:
    ident, name, dept, salary, start = (line[a:b].strip() for a, b in COLS)
    people.append(Person(int(ident), name, dept, int(salary) if salary.isdigit() else None, start))

print(len(people), people[0])
keyed = sorted(people, key=lambda p: (p.dept, -(p.salary or 0), p.name))
for dept, members in groupby(keyed, key=lambda p: p.dept):
    members = list(members)
    paid = [m.salary for m in members if m.salary is not None]
    avg = sum(paid) / len(paid) if paid else 0
    print(f"{dept:<9}|{len(members):^3}| avg {avg:>12,.2f} | {', '.join(m.name.split()[-1] for m in members)}")

by_decade = defaultdict(list)
for p in people:
    by_decade[p.start[:3] + "0s"].append(p.name)
print(dict(sorted(by_decade.items(), reverse=True)))

KV = "name=Ada; lang=Python ;level = 3;; debug=on ; note=a=b"
settings = {}
for chunk in KV.split(";"):
    if not chunk.strip():
        continue
    key, _, value = chunk.partition("=")
    settings[key.strip()] = value.strip()
print(settings)
defaults = {"level": "1", "color": "auto", "debug": "off"}
merged = ChainMap(settings, defaults)
print(merged["color"], merged["level"], merged.get("missing", "-"), sorted(merged))
print("{name} uses {lang} at level {level}".format_map(merged))
print("%(name)s/%(level)s" % settings, "%-6s|%6s|" % ("ab", "cd"), "%3d%%" % 45)

header = ["id", "name", "dept"]
rows = [[str(p.ident).zfill(3), p.name, p.dept] for p in people]
widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
line = "+".join("-" * (w + 2) for w in widths)
print(f"+{line}+")
print("| " + " | ".join(h.upper().center(w) for h, w in zip(header, widths)) + " |")
print(f"+{line.replace('-', '=')}+")
for r in islice(rows, 4):
    print("| " + " | ".join(c.ljust(w) if i else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))) + " |")
print(f"+{line}+")

pairs = list(zip_longest(["a", "b", "c"], [1, 2], fillvalue=0))
print(pairs, list(zip(*pairs)))
blob = json.dumps([p._asdict() for p in people[:2]], separators=(",", ":")).encode("utf-8")
token = base64.b64encode(blob)
print(len(blob), token[:24], base64.b64decode(token) == blob)
print(blob[:16].hex(), blob[:4].hex(":"), bytes.fromhex("48 69"), (1234).to_bytes(2, "big"), int.from_bytes(b"\x04\xd2", "big"))
csvish = "\n".join(",".join(f'"{v}"' if isinstance(v, str) and " " in v else str(v) for v in p) for p in people[:3])
print(csvish)
initials = "".join(w[0] for p in people for w in p.name.split())
print(initials, initials.lower().count("a"), sorted(set(initials)), initials[::-1][:5])
print(*(p.name for p in people if p.salary and p.salary > 120000), sep=" | ")
print("total payroll: {:>15,}".format(sum(p.salary or 0 for p in people)), format(0.0525, ".1%"), format(7, "03b"))
