"""Warehouse inventory reconciliation: JSON in, CSV out in several dialects, heaps, fractions."""
import csv
import heapq
import io
import json
import operator
from collections import Counter, defaultdict, deque
from fractions import Fraction
from itertools import chain, groupby, starmap
from typing import NamedTuple

STOCK = json.loads("""
{"warehouse": "WH-7", "updated": "2024-02-29T23:59:59",
 "items": [
   {"sku": "A-100", "desc": "Hex bolt, M8", "qty": 1200, "reorder": 500, "cost": 0.12, "bins": ["A1", "A2"]},
   {"sku": "A-101", "desc": "Hex nut, M8", "qty": 340, "reorder": 500, "cost": 0.05, "bins": ["A1"]},
   {"sku": "B-200", "desc": "Washer \\"wide\\", 8mm", "qty": 0, "reorder": 250, "cost": 0.03, "bins": []},
   {"sku": "C-300", "desc": "Cable tie, 200mm", "qty": 5000, "reorder": 1000, "cost": 0.02, "bins": ["C4", "C5", "C6"]},
   {"sku": "D-400", "desc": "Drill bit, 6mm, HSS", "qty": 45, "reorder": 20, "cost": 3.75, "bins": ["D1"]},
   {"sku": "D-401", "desc": "Drill bit, 8mm, HSS", "qty": 12, "reorder": 20, "cost": 4.5, "bins": ["D1", "D2"]},
   {"sku": "E-500", "desc": "Safety glasses", "qty": 88, "reorder": 50, "cost": 6.0, "bins": null}
 ]}
""")


class Move(NamedTuple):
    sku: str
    delta: int
    reason: str = "adjust"


MOVES = [Move("A-101", 300, "receipt"), Move("D-401", -5, "pick"), Move("B-200", 250, "receipt"),
         Move("A-100", -760), Move("D-401", -7, "pick"), Move("X-999", 1, "unknown")]

items = {it["sku"]: it for it in STOCK["items"]}
print(f"{STOCK['warehouse']} updated {STOCK['updated']!r}: {len(items)} SKUs")
log = deque(maxlen=3)
for mv in MOVES:
    it = items.get(mv.sku)
    if it is None:
        print(f"  ! unknown SKU {mv.sku!r} ({mv.reason})")
        continue
    before = it["qty"]
    it["qty"] = max(0, before + mv.delta)
    log.append(mv._replace(reason=mv.reason.upper()))
    print(f"  {mv.sku:<6}{before:>6} {mv.delta:+5d} -> {it['qty']:<6}{mv.reason}")
print("last moves:", list(log))

low = [it for it in items.values() if it["qty"] < it["reorder"]]
print("reorder:", ", ".join(f"{it['sku']}({it['reorder'] - it['qty']})" for it in low))
value = {sku: round(it["qty"] * it["cost"], 2) for sku, it in items.items()}
print("most valuable:", heapq.nlargest(3, value.items(), key=operator.itemgetter(1)))
print("least stocked:", heapq.nsmallest(2, items.values(), key=lambda it: (it["qty"], it["sku"]))[0]["sku"])
heap = [(it["qty"] / it["reorder"], sku) for sku, it in items.items()]
heapq.heapify(heap)
print("coverage order:", [f"{sku}={ratio:.2f}" for ratio, sku in (heapq.heappop(heap) for _ in range(4))])

bins = Counter(chain.from_iterable(it["bins"] or [] for it in items.values()))
print("bin usage:", sorted(bins.items(), key=lambda kv: (-kv[1], kv[0])))
by_aisle = defaultdict(list)
for b in sorted(bins):
    by_aisle[b[0]].append(b)
print("aisles:", dict(by_aisle))
for prefix, group in groupby(sorted(items), key=lambda s: s.split("-")[0]):
    print(f"  family {prefix}: {list(group)}")

share = {sku: Fraction(it["qty"], sum(i["qty"] for i in items.values())) for sku, it in items.items()}
print("share A-100:", share["A-100"], f"{float(share['A-100']):.3%}", share["A-100"].limit_denominator(100))
print("total share:", sum(share.values()), "cost ratio:", Fraction(3.75).limit_denominator() / Fraction("4.5"))
print("weighted cost:", sum(starmap(operator.mul, ((it["qty"], it["cost"]) for it in items.values()))))

fields = ["sku", "desc", "qty", "bins"]
for dialect, opts in (("excel", {}), ("excel-tab", {}), ("unix", {}), ("excel", {"quoting": csv.QUOTE_ALL}),
                      ("excel", {"quoting": csv.QUOTE_NONE, "escapechar": "\\"})):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, dialect=dialect, extrasaction="ignore", **opts)
    w.writeheader()
    for it in list(items.values())[1:4]:
        w.writerow({**it, "bins": ";".join(it["bins"] or [])})
    print(f"--- {dialect} {opts.get('quoting', '')}")
    print(repr(buf.getvalue()))

back = list(csv.DictReader(io.StringIO(buf.getvalue()), escapechar="\\", quoting=csv.QUOTE_NONE))
print(back[1])
print(json.dumps(items["B-200"], sort_keys=True))
print(json.dumps({"low": [it["sku"] for it in low], "ok": len(items) - len(low)}, indent="\t"))
