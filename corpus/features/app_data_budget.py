"""Department budget vs. actuals: nested width formats, multi-key sorts, variance flags."""
from collections import defaultdict, namedtuple
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
from fractions import Fraction
from operator import itemgetter
from typing import NamedTuple
import itertools
import math

BUDGET = """\
dept;category;q1;q2;q3;q4
Sales;Travel;12000;15000;9000;14000
Sales;Software;4000;4000;4000;4500
R&D;Hardware;30000;5000;5000;25000
R&D;Software;8000;8000;8000;8000
Ops;Facilities;20000;20000;21000;21000
Ops;Travel;1500;1500;1500;1500
"""
ACTUALS = {("Sales", "Travel"): [13250.40, 14100.00, 11800.55, None],
           ("Sales", "Software"): [4000, 4000, 4380.99, None],
           ("R&D", "Hardware"): [28999.99, 7300.10, 2100.00, None],
           ("R&D", "Software"): [7600, 8100, 8000, None],
           ("Ops", "Facilities"): [19500, 20250.75, 20990.25, None],
           ("Ops", "Travel"): [0, 350.5, 2800, None]}


class Line(NamedTuple):
    dept: str
    category: str
    budget: tuple
    actual: tuple

    def ytd(self, quarters):
        b = sum(self.budget[:quarters])
        a = sum(x for x in self.actual[:quarters] if x is not None)
        return b, a


Flag = namedtuple("Flag", ["text", "level"], defaults=["info"])

header, *rows = [r.split(";") for r in BUDGET.splitlines()]
lines = [Line(d, c, tuple(map(int, qs)), tuple(ACTUALS[(d, c)])) for d, c, *qs in rows]
print("columns:", header, "| lines:", len(lines), "| depts:", sorted({l.dept for l in lines}))

QUARTERS = 3
w = max(len(f"{l.dept}/{l.category}") for l in lines) + 2
print(f"{'line':<{w}}{'budget':>10}{'actual':>12}{'var':>11}{'var%':>8}  flag")
print("=" * (w + 10 + 12 + 11 + 8 + 8))
flags = {}
results = []
for l in lines:
    b, a = l.ytd(QUARTERS)
    var = a - b
    pct = var / b if b else math.inf
    flag = Flag("over", "warn") if pct > 0.05 else Flag("under", "ok") if pct < -0.05 else Flag(text="on plan")
    flags[(l.dept, l.category)] = flag
    results.append((l.dept, l.category, b, a, var, pct))
    print(f"{l.dept + '/' + l.category:<{w}}{b:>10,}{a:>12,.2f}{var:>+11,.2f}{pct:>8.1%}  {flag.level}:{flag.text}")

print("\nby variance (desc), then name:")
for dept, cat, b, a, var, pct in sorted(results, key=lambda r: (-round(r[4], 2), r[0], r[1])):
    print(f"  {dept:>5} {cat:<11}{var:>10.2f}")
worst = max(results, key=itemgetter(5))
best = min(results, key=itemgetter(5), default=None)
print("worst:", worst[:2], f"{worst[5]:+.2%}", "| best:", best[:2], f"{best[5]:+.2%}")
print("no match:", max((r for r in results if r[0] == "HR"), key=itemgetter(4), default="n/a"))

per_dept = defaultdict(lambda: [0, 0.0])
for dept, _, b, a, *_ in results:
    per_dept[dept][0] += b
    per_dept[dept][1] += a
for dept, (b, a) in sorted(per_dept.items(), key=itemgetter(1), reverse=True):
    used = Fraction(round(a * 100), b * 100)
    print("%-6s budget %(b)s" % (dept,) if False else "%-6s budget %9s used %6.2f%% (%s)" % (dept, f"{b:,}", float(used) * 100, used.limit_denominator(50)))

annual = sum(sum(l.budget) for l in lines)
spent = math.fsum(x for l in lines for x in l.actual if x is not None)
remaining = Decimal(annual) - Decimal(str(spent))
print(f"annual {annual:_} spent {spent:,.2f} remaining {remaining:,.2f}")
per_month = (remaining / 3).quantize(Decimal("1."), rounding=ROUND_DOWN)
print("per remaining month:", per_month, "cents:", (remaining / 3).quantize(Decimal("0.01"), ROUND_HALF_UP))
print("q4 plan:", dict.fromkeys(sorted({l.dept for l in lines}), 0) | {l.dept: l.budget[3] for l in lines if l.category == "Travel"})
print("all budgeted:", all(sum(l.budget) > 0 for l in lines), "any unspent q:", any(0 in l.actual for l in lines))
labels = ["Q%d" % i for i in range(1, 5)]
print(" ".join(f"{lab}:{tot:>7,}" for lab, tot in zip(labels, map(sum, zip(*(l.budget for l in lines))), strict=True)))
for i, (dept, grp) in enumerate(itertools.groupby(lines, key=lambda l: l.dept), start=1):
    cats = [g.category for g in grp]
    print(f"{i}. {dept.ljust(6, '.')}{', '.join(cats).center(22, ' ')}|{str(len(cats)).zfill(3)}")
print("{0:>{1}}|{2:^{3}.{4}f}|".format("x", 4, math.pi, 10, 3), "%(a)05.1f %(b)-4s|" % {"a": 2.25, "b": "ok"})
