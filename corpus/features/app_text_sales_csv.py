import csv
import io
import json
from collections import defaultdict, namedtuple

RAW = '''region,rep,product,units,price,date
North,Alice,Widget,12,2.50,2024-01-03
South,Bob,Gadget,3,19.99,2024-01-04
North,"Carol, Jr.",Widget,7,2.50,2024-01-04
East,Dan,Gizmo,20,7.25,2024-01-05
South,Bob,Widget,1,2.50,2024-01-07
North,Alice,Gizmo,4,7.25,2024-01-09
East,Eve,"Gadget ""Pro""",2,49.00,2024-01-10
'''

Sale = namedtuple("Sale", "region rep product units price date")


def load(text):
    reader = csv.DictReader(io.StringIO(text))
    out = []
    for row in reader:
        out.append(Sale(row["region"], row["rep"], row["product"],
                        int(row["units"]), float(row["price"]), row["date"]))
    return out


sales = load(RAW)
print(f"loaded {len(sales)} rows; fields = {list(Sale._fields)}")
print(sales[2])
fixed = sales[2]._replace(rep="Carol")
print(fixed.rep, fixed._asdict()["units"])

totals = defaultdict(float)
units = defaultdict(int)
for s in sales:
    totals[s.region] += s.units * s.price
    units[s.region] += s.units

header = f"{'Region':<8}{'Units':>7}{'Revenue':>12}{'Avg':>9}"
print(header)
print("=" * len(header))
grand = 0.0
for region in sorted(totals, key=totals.get, reverse=True):
    rev = totals[region]
    grand += rev
    print(f"{region:<8}{units[region]:>7d}{rev:>12,.2f}{rev / units[region]:>9.3f}")
print("-" * len(header))
print(f"{'TOTAL':<8}{sum(units.values()):>7}{grand:>12,.2f}")

# Write a summary CSV then read it back.
with open("summary.csv", "w", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=["region", "revenue", "note"], quoting=csv.QUOTE_NONNUMERIC)
    w.writeheader()
    for region in sorted(totals):
        note = "big, important" if totals[region] > 100 else 'say "hi"'
        w.writerow({"region": region, "revenue": round(totals[region], 2), "note": note})

with open("summary.csv") as fh:
    text = fh.read()
print(text, end="")
with open("summary.csv", newline="") as fh:
    rows = list(csv.reader(fh, quoting=csv.QUOTE_NONNUMERIC))
print(rows[1:])

# Per-rep product mix as TSV.
mix = defaultdict(lambda: defaultdict(int))
for s in sales:
    mix[s.rep][s.product] += s.units
buf = io.StringIO()
tsv = csv.writer(buf, delimiter="\t", lineterminator="\n")
products = sorted({s.product for s in sales})
tsv.writerow(["rep"] + products)
for rep in sorted(mix):
    tsv.writerow([rep] + [mix[rep].get(p, 0) for p in products])
print(buf.getvalue(), end="")

report = {
    "regions": {r: round(v, 2) for r, v in totals.items()},
    "best": max(sales, key=lambda s: (s.units * s.price, s.date))._asdict(),
    "dates": sorted({s.date for s in sales})[::3],
}
encoded = json.dumps(report, indent=2, sort_keys=True)
print(encoded)
back = json.loads(encoded)
print(back == report, type(back["best"]).__name__, back["best"]["price"])
print(json.dumps(back["dates"], separators=(",", ":")))
