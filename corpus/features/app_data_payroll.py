"""Payroll run: Decimal money, tax brackets via bisect, dates, JSON export, string.Template."""
import json
from bisect import bisect_right
from dataclasses import dataclass, asdict, field
from datetime import date, datetime, timedelta
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, localcontext, getcontext
from enum import Enum, auto
from string import Template
import calendar
import textwrap

EMPLOYEES_JSON = """
[
  {"id": 101, "name": "Ada Lovelace", "dept": "Engineering", "salary": "98500.00", "start": "2019-04-01", "type": "FULL"},
  {"id": 102, "name": "Grace Hopper", "dept": "Engineering", "salary": "121000.00", "start": "2015-09-15", "type": "FULL"},
  {"id": 103, "name": "Alan Turing", "dept": "Research", "salary": "87250.50", "start": "2021-01-10", "type": "PART"},
  {"id": 104, "name": "Katherine Johnson", "dept": "Research", "salary": "134999.99", "start": "2012-06-30", "type": "FULL"},
  {"id": 105, "name": "Edsger Dijkstra", "dept": "Operations", "salary": "45800.00", "start": "2023-11-20", "type": "CONTRACT"}
]
"""

BRACKETS = [Decimal("10000"), Decimal("40000"), Decimal("90000"), Decimal("150000")]
RATES = [Decimal("0"), Decimal("0.10"), Decimal("0.22"), Decimal("0.32"), Decimal("0.40")]
CENTS = Decimal("0.01")


class Kind(Enum):
    FULL = auto()
    PART = auto()
    CONTRACT = auto()


@dataclass
class Employee:
    id: int
    name: str
    dept: str
    salary: Decimal
    start: date
    kind: Kind
    notes: list = field(default_factory=list)

    @property
    def tenure_years(self):
        return (AS_OF - self.start).days // 365


AS_OF = date(2024, 6, 30)


def tax_for(annual):
    tax = Decimal(0)
    lower = Decimal(0)
    for upper, rate in zip(BRACKETS + [annual], RATES):
        if annual <= lower:
            break
        taxable = min(annual, upper) - lower
        tax += taxable * rate
        lower = upper
    return tax.quantize(CENTS, rounding=ROUND_HALF_UP)


def marginal_rate(annual):
    return RATES[bisect_right(BRACKETS, annual)]


def load():
    out = []
    for rec in json.loads(EMPLOYEES_JSON):
        out.append(Employee(rec["id"], rec["name"], rec["dept"], Decimal(rec["salary"]),
                            date.fromisoformat(rec["start"]), Kind[rec["type"]]))
    return out


staff = load()
print(f"Payroll as of {AS_OF:%A, %d %B %Y} (week {AS_OF.isocalendar().week})")
print(calendar.month(2024, 6))
print(f"{'ID':>4} {'Name':<20}{'Dept':<12}{'Salary':>13}{'Tax':>12}{'Rate':>6}{'Yrs':>4}")
monthly_total = Decimal(0)
for e in sorted(staff, key=lambda e: (e.dept, -e.salary)):
    tax = tax_for(e.salary)
    monthly = ((e.salary - tax) / 12).quantize(CENTS, rounding=ROUND_HALF_EVEN)
    monthly_total += monthly
    if e.kind is not Kind.FULL:
        e.notes.append(f"{e.kind.name.lower()} worker")
    print(f"{e.id:>4} {e.name:<20.20}{e.dept:<12}{e.salary:>13,}{tax:>12,.2f}{marginal_rate(e.salary):>6.0%}{e.tenure_years:>4}")
print(f"Monthly net payroll: {monthly_total:,}")

with localcontext() as ctx:
    ctx.prec = 6
    avg = sum(e.salary for e in staff) / len(staff)
    print("average salary (6 digits):", avg, "| default prec:", getcontext().prec)
print("exact average:", (sum(e.salary for e in staff) / len(staff)).quantize(CENTS))
print("rounding:", Decimal("2.675").quantize(CENTS), Decimal("2.665").quantize(CENTS, ROUND_HALF_UP),
      round(Decimal("7.5")), round(Decimal("8.5")), round(2.675, 2), round(0.125, 2))

next_pay = datetime(2024, 6, 28, 17, 0)
for i in range(3):
    d = next_pay + timedelta(weeks=2 * i)
    print("pay day", i + 1, d.strftime("%Y-%m-%d %a %I:%M %p"), d.isoformat(timespec="minutes"))
anniversaries = sorted((e.start.replace(year=2024), e.name) for e in staff)
for when, who in anniversaries:
    delta = when - AS_OF
    status = "in %d days" % delta.days if delta.days >= 0 else "%d days ago" % -delta.days
    print(f"  {who:<18} {when.strftime('%b %d')}  {status}")

payslip = Template("Dear $name,\nyour ${period} net pay is $$${amount}. Ref: $ref")
e = staff[0]
print(payslip.safe_substitute(name=e.name.split()[0], period="June", amount=f"{(e.salary / 12):.2f}"))
print(textwrap.fill("Notes: " + "; ".join(n for e in staff for n in e.notes) +
                    ". Contractors are paid through the vendor portal and are excluded from benefits.",
                    width=48, initial_indent="* ", subsequent_indent="  "))


def encode(o):
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, date):
        return o.isoformat()
    if isinstance(o, Enum):
        return o.name
    raise TypeError(f"cannot encode {type(o).__name__}")


print(json.dumps([asdict(e) for e in staff[3:]], default=encode, indent=1))
print(json.dumps({"total": monthly_total, "count": len(staff)}, default=encode, separators=(",", ":")))
try:
    json.dumps({"when": datetime(2024, 1, 1).time()}, default=encode)
except TypeError as err:
    print("TypeError:", err)
