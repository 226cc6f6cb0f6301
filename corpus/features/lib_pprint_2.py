import pprint
import io
from collections import Counter, defaultdict, OrderedDict, deque
from dataclasses import dataclass, field


@dataclass
class Employee:
    name: str
    title: str
    salary: int
    reports: list = field(default_factory=list)
    secret: str = field(default="x", repr=False)


@dataclass
class Team:
    lead: Employee
    members: list


def main():
    boss = Employee("Alexandra Hamilton", "Chief Engineering Officer", 250000)
    staff = [Employee(f"engineer number {i}", "Software Engineer II", 100000 + i * 7500) for i in range(3)]
    boss.reports = [e.name for e in staff]
    pprint.pprint(boss)
    pprint.pprint(Team(boss, staff), width=60)
    words = "the quick brown fox jumps over the lazy dog and the quick cat runs away from the dog".split()
    pprint.pprint(Counter(words))
    dd = defaultdict(list)
    for w in words:
        dd[w[0]].append(w)
    pprint.pprint(dd)
    od = OrderedDict((w, len(w)) for w in words[:12])
    pprint.pprint(od)
    pprint.pprint(deque(range(30)))
    pprint.pprint(deque(range(30), maxlen=25))
    pprint.pprint(list(range(100)), compact=True)
    pprint.pprint([[i] * i for i in range(8)], compact=True, width=40)
    pprint.pprint({"frozen": frozenset({5, 3, 1, 9, 7, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29}), "b": b"\x00\x01binary data that is rather long indeed" * 2})
    pprint.pprint(10 ** 20, underscore_numbers=True)
    pprint.pprint({"big": [10 ** 12, 2 ** 70]}, underscore_numbers=True)
    buf = io.StringIO()
    pprint.pprint({"k": list(range(30))}, stream=buf)
    print(repr(buf.getvalue()))
    pprint.pp({"z": 1, "a": {"y": 2, "b": 3}}, width=10)
    s = "This is a very long line of text that will need to be wrapped somewhere.\nAnd a second line follows here, also long enough to wrap around."
    pprint.pprint(s)
    pprint.pprint({"key": s}, width=50)
    pprint.pprint([s[:30], ("tuple", "of", "strings", "that", "is", "long", "enough", "to", "wrap", "over", "lines")])
    pprint.pprint(("single-element tuple with a long string inside it to force wrapping xxxxxxxxxxxxxx",))
    pprint.pprint({3: "c", 1: "a", "x": 2, None: 0, 2.5: "f"}, width=20)
    print(pprint.pformat({"a": 1, "b": [1, 2, 3]}, depth=1), pprint.saferepr([1, {"b": 2, "a": 1}]))
    print(pprint.isreadable({"a": Employee}), pprint.isreadable((1, "x", None)))
    try:
        pprint.pprint([], indent=-1)
    except ValueError as e:
        print("ValueError:", e)
    pp = pprint.PrettyPrinter(width=30, compact=True, sort_dicts=False)
    pp.pprint({"zeta": list(range(12)), "alpha": "short"})
    print(pp.pformat(set(range(12))))
    print(pp.isreadable([1, 2]), pp.isrecursive([1, 2]))


main()
