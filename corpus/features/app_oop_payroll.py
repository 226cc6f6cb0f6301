from __future__ import annotations

import statistics
from dataclasses import dataclass, field, fields, asdict, KW_ONLY
from itertools import groupby
from operator import attrgetter, itemgetter
from typing import ClassVar, List, Optional


@dataclass
class Person:
    first: str
    last: str

    @property
    def full_name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Employee(Person):
    dept: str
    salary: int
    _: KW_ONLY
    manager: Optional[Employee] = None
    skills: List[str] = field(default_factory=list)
    id: int = field(init=False, compare=False)
    next_id: ClassVar[int] = 1

    def __post_init__(self):
        self.id = Employee.next_id
        Employee.next_id += 1

    def raise_salary(self, pct: float) -> int:
        self.salary = round(self.salary * (1 + pct / 100))
        return self.salary

    def chain(self) -> List[str]:
        out, cur = [], self.manager
        while cur is not None:
            out.append(cur.first)
            cur = cur.manager
        return out

    def __format__(self, spec):
        if spec == "badge":
            return f"[{self.id:03d}] {self.last.upper()}, {self.first}"
        return format(self.full_name, spec)


@dataclass
class Contractor(Employee):
    agency: str = "none"
    hourly: bool = True

    def raise_salary(self, pct):
        return super().raise_salary(pct / 2)


ceo = Employee("Grace", "Hopper", "exec", 300000)
cto = Employee("Alan", "Turing", "eng", 220000, manager=ceo, skills=["math", "crypto"])
staff = [
    ceo,
    cto,
    Employee("Ada", "Lovelace", "eng", 150000, manager=cto, skills=["math"]),
    Employee("Linus", "Torvalds", "eng", 140000, manager=cto, skills=["c", "git"]),
    Employee("Margaret", "Hamilton", "ops", 130000, manager=ceo),
    Contractor("Ken", "Thompson", "ops", 90000, manager=ceo, agency="Bell", skills=["c"]),
    Contractor("Dennis", "Ritchie", "eng", 95000, manager=cto, agency="Bell", hourly=False),
]

for e in staff:
    print(f"{e:badge} {e:>18} {e.dept:<5}{e.salary:>9,} {'>'.join(e.chain()) or '-'}")

by_dept = sorted(staff, key=attrgetter("dept", "last"))
for dept, members in groupby(by_dept, key=attrgetter("dept")):
    members = list(members)
    pay = [m.salary for m in members]
    print(f"{dept}: n={len(members)} mean={statistics.mean(pay):.1f} median={statistics.median(pay)} "
          f"names={[m.last for m in members]}")

print([f.name for f in fields(Contractor)])
print(asdict(staff[5]))
print(staff[2] == Employee("Ada", "Lovelace", "eng", 150000, manager=cto, skills=["math"]))
print(repr(staff[6])[:80])
for e in staff[4:]:
    print(e.last, e.raise_salary(10), type(e).__name__, isinstance(e, Person))
skills = {}
for e in staff:
    for s in e.skills:
        skills.setdefault(s, []).append(e.first)
print(dict(sorted(skills.items(), key=itemgetter(0))))
top = max(staff, key=attrgetter("salary"))
print(top.full_name, Employee.next_id, Contractor.next_id)
print(sorted((e.salary, e.last) for e in staff if e.dept == "eng")[-2:])
print(statistics.pstdev([e.salary for e in staff]) > 0, round(statistics.stdev([1, 2, 3, 4]), 6))
try:
    Employee("No", "Dept")
except TypeError as exc:
    print("TypeError:", exc)
try:
    Employee("A", "B", "c", 1, None)
except TypeError as exc:
    print("TypeError:", exc)
