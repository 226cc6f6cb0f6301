"""Monthly sales report built from an embedded CSV export."""
import csv
import io
import statistics
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP
from itertools import groupby
from operator import itemgetter

RAW = """date,region,rep,product,units,unit_price
2024-01-03,North,Alice,Widget,12,19.99
2024-01-05,South,Bob,Gadget,3,149.50
2024-01-09,North,Carol,Widget,7,19.99
2024-01-12,East,Dave,Gizmo,25,4.25
2024-01-15,South,Bob,Widget,9,19.99
2024-02-01,North,Alice,Gadget,2,149.50
2024-02-03,East,Erin,Gizmo,40,4.25
2024-02-10,West,Frank,Widget,15,18.75
2024-02-14,West,Frank,Gadget,1,155.00
2024-02-20,North,Carol,Gizmo,30,4.10
2024-03-02,South,Bob,Gadget,4,149.50
2024-03-08,East,Dave,Widget,11,19.99
2024-03-15,West,Grace,Gizmo,18,4.25
2024-03-22,North,Alice,Widget,20,19.49
"""

CENT = Decimal("0.01")


def load(text):
    rows = []
    for rec in csv.DictReader(io.StringIO(text)):
        rec["units"] = int(rec["units"])
        rec["unit_price"] = Decimal(rec["unit_price"])
        rec["total"] = (rec["units"] * rec["unit_price"]).quantize(CENT, rounding=ROUND_HALF_UP)
        rec["month"] = rec["date"][:7]
        rows.append(rec)
    return rows


def money(d):
    return f"${d:,.2f}"


def by_month(rows):
    print("== Revenue by month ==")
    rows = sorted(rows, key=itemgetter("month"))
    running = Decimal(0)
    for month, group in groupby(rows, key=itemgetter("month")):
        group = list(group)
        total = sum((r["total"] for r in group), Decimal(0))
        running += total
        print(f"{month:<8}{len(group):>4} sales {money(total):>12} cumulative {money(running):>12}")


def by_region(rows):
    print("== Revenue by region ==")
    totals = defaultdict(Decimal)
    units = Counter()
    for r in rows:
        totals[r["region"]] += r["total"]
        units[r["region"]] += r["units"]
    grand = sum(totals.values())
    for region, total in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        share = total / grand
        print(f"{region:<6}|{money(total):>11}|{float(share):>8.1%}|{units[region]:>5,d} units")
    print(f"{'ALL':<6}|{money(grand):>11}|{1:>8.1%}|{sum(units.values()):>5,d} units")


def rep_stats(rows):
    print("== Reps ==")
    per_rep = defaultdict(list)
    for r in rows:
        per_rep[r["rep"]].append(float(r["total"]))
    header = f"{'rep':<8}{'n':>3}{'mean':>10}{'median':>10}{'max':>10}"
    print(header)
    print("-" * len(header))
    for rep in sorted(per_rep):
        vals = per_rep[rep]
        print(f"{rep:<8}{len(vals):>3}{statistics.mean(vals):>10.2f}"
              f"{statistics.median(vals):>10.2f}{max(vals):>10.2f}")
    all_totals = [float(r["total"]) for r in rows]
    print("stdev:", round(statistics.stdev(all_totals), 3))
    print("pstdev:", round(statistics.pstdev(all_totals), 3))
    print("quartiles:", [round(q, 2) for q in statistics.quantiles(all_totals, n=4)])
    product_units = Counter()
    for r in rows:
        product_units[r["product"]] += r["units"]
    print("top product by units:", product_units.most_common(1))


def export(rows):
    print("== Export ==")
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=["month", "rep", "product", "total"],
                       extrasaction="ignore", quoting=csv.QUOTE_NONNUMERIC)
    w.writeheader()
    for r in rows[:4]:
        w.writerow(r)
    print(out.getvalue(), end="")
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    w.writerows([(r["rep"], r["units"], str(r["total"])) for r in rows[-3:]])
    print(out.getvalue(), end="")


rows = load(RAW)
print(f"loaded {len(rows)} rows; biggest sale {max(rows, key=itemgetter('total'))['total']}")
by_month(rows)
by_region(rows)
rep_stats(rows)
export(rows)
