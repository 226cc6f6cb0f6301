"""Order book analytics: JSON hooks, Decimal formatting, partial/cmp_to_key, timezone math."""
import functools
import json
import math
import operator
from collections import Counter, OrderedDict
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from itertools import groupby, takewhile, dropwhile, compress, count

ORDERS = """[
 {"no": "SO-1001", "at": "2024-07-01T09:12:00+02:00", "customer": {"name": "Acme", "tier": 2}, "lines": [["bolt", 100, "0.12"], ["nut", 100, "0.05"]]},
 {"no": "SO-1002", "at": "2024-07-01T18:40:00-05:00", "customer": {"name": "Globex", "tier": 1}, "lines": [["gear", 3, "45.50"]]},
 {"no": "SO-1003", "at": "2024-07-02T00:05:00+00:00", "customer": {"name": "Acme", "tier": 2}, "lines": [["bolt", 250, "0.11"], ["washer", 500, "0.02"], ["gear", 1, "47.00"]]},
 {"no": "SO-1004", "at": "2024-07-03T14:00:00+09:00", "customer": {"name": "Initech", "tier": 3}, "lines": []},
 {"no": "SO-1005", "at": "2024-07-03T23:30:00+05:30", "customer": {"name": "Globex", "tier": 1}, "lines": [["spring", 40, "1.25"], ["bolt", 10, "0.15"]]}
]"""


@dataclass(frozen=True)
class Customer:
    name: str
    tier: int


@dataclass
class Order:
    no: str
    at: datetime
    customer: Customer
    lines: list

    @property
    def total(self):
        return sum((Decimal(price) * qty for _, qty, price in self.lines), Decimal("0"))


def hook(obj):
    if "tier" in obj:
        return Customer(**obj)
    if "no" in obj:
        return Order(obj["no"], datetime.fromisoformat(obj["at"]), obj["customer"], obj["lines"])
    return obj


orders = json.loads(ORDERS, object_hook=hook)
print(type(orders[0]).__name__, orders[0].customer, orders[0].at.tzinfo, orders[0].at.utcoffset())
for o in orders:
    utc = o.at.astimezone(timezone.utc)
    print(f"{o.no} {o.customer.name:<8} local {o.at:%d %H:%M %z} utc {utc:%Y-%m-%d %H:%M} "
          f"total {o.total:>9,.2f} lines={len(o.lines)}")

by_day = OrderedDict()
for day, grp in groupby(sorted(orders, key=lambda o: o.at.astimezone(timezone.utc)),
                        key=lambda o: o.at.astimezone(timezone.utc).date()):
    by_day[day] = [o.no for o in grp]
print(by_day)
print("first day popped:", by_day.popitem(last=False), "remaining:", list(by_day.keys()))


def by_priority(a, b):
    if a.customer.tier != b.customer.tier:
        return a.customer.tier - b.customer.tier
    return (a.total < b.total) - (a.total > b.total)


queue = sorted(orders, key=functools.cmp_to_key(by_priority))
print("priority:", [(o.no, o.customer.tier, str(o.total)) for o in queue])
discount = functools.partial(operator.mul, Decimal("0.95"))
print("discounted:", [str(discount(o.total).quantize(Decimal("0.01"))) for o in queue if o.total])
upgraded = replace(orders[3], customer=replace(orders[3].customer, tier=2))
print(upgraded.customer, orders[3].customer, upgraded == orders[3])

qty = Counter()
revenue = Counter()
for o in orders:
    for item, n, price in o.lines:
        qty[item] += n
        revenue[item] += float(Decimal(price) * n)
qty.subtract({"bolt": 60})
print("qty:", qty.most_common(3), "elements:", sorted(Counter(a=2, b=1).elements()))
print("revenue:", {k: round(v, 2) for k, v in sorted(revenue.items())}, f"sum={math.fsum(revenue.values()):.2f}")
print("avg price/unit:", {k: f"{revenue[k] / qty[k] if qty[k] else math.nan:.4f}" for k in sorted(qty)})

totals = [o.total for o in orders]
print("running:", list(takewhile(lambda t: t < 100, totals)), list(dropwhile(lambda t: t < 100, totals)))
print("big:", list(compress([o.no for o in orders], [t > 50 for t in totals])))
print("ids:", list(zip(count(1), (o.no for o in orders[:2]))))
print("product of tiers:", math.prod(o.customer.tier for o in orders), "dist:", math.dist((0, 0), (3, 4)))
fmt = "%-8s|%8.2f|%5d|%s"
for o in orders[:3]:
    print(fmt % (o.no, o.total, sum(q for _, q, _ in o.lines), o.customer.name.upper()))
row = {"no": "SO-1", "amount": 1234.5}
print("{no:>6} owes {amount:,.1f}".format_map(row), format(1234567.891, ",.2f"), format(0.25, ".0%"))
print(f"{'centered':=^20}|{Decimal('-1234.5'):+,.2f}|{Decimal('0.075'):.1%}|{-0.0:+.1f}|{12:03}")
delta = orders[-1].at - orders[0].at
print(delta, delta.days, divmod(delta, timedelta(hours=1)), delta // timedelta(minutes=30), delta % timedelta(hours=1))
print(json.dumps([o.no for o in orders], indent=None), json.dumps({"a": Decimal("1.5")}, default=float))
