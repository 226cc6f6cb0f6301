"""Read ledger tokens from stdin (sys.stdin.read().split()) and print statements."""
import sys
from collections import namedtuple, defaultdict, Counter
from functools import reduce
from itertools import groupby, accumulate
from operator import attrgetter, itemgetter

Txn = namedtuple("Txn", ["day", "account", "kind", "amount"], defaults=["misc"])

tokens = sys.stdin.read().split()
n = int(tokens[0])
txns = []
pos = 1
for _ in range(n):
    day, account, kind, amount = tokens[pos:pos + 4]
    pos += 4
    txns.append(Txn(int(day), account, kind, float(amount)))
rest = tokens[pos:]
print(f"read {len(txns)} transactions and {len(rest)} extra tokens: {rest}")

balances = defaultdict(float)
for t in txns:
    balances[t.account] += t.amount if t.kind == "dep" else -t.amount

width = max(map(len, balances)) + 2
print("Account".ljust(width) + "Balance".rjust(14))
for acct, bal in sorted(balances.items(), key=itemgetter(1), reverse=True):
    sign = "-" if bal < 0 else " "
    print(acct.ljust(width, ".") + (sign + format(abs(bal), ",.2f")).rjust(14))
print("Net:", format(sum(balances.values()), "+,.2f"), "|", format(0.5, ".0%"), format(1234.5, "e"), format(1234.5, ".3g"))

print()
ordered = sorted(txns, key=attrgetter("account", "day"))
for acct, group in groupby(ordered, key=attrgetter("account")):
    group = list(group)
    running = list(accumulate(t.amount if t.kind == "dep" else -t.amount for t in group))
    print(f"== {acct} ({len(group)} txns) ==")
    for t, r in zip(group, running):
        print("  day %2d  %-4s %10.2f  -> %10.2f" % (t.day, t.kind, t.amount, r))

kinds = Counter(t.kind for t in txns)
print(dict(kinds), kinds.most_common(1)[0], kinds["xfer"], sorted(kinds.elements())[:3])
both = Counter(a=3, b=1) + Counter(a=1, c=2)
print(both, both - Counter(a=10), Counter("mississippi").most_common(2), +Counter({"x": -1, "y": 2}))
biggest = max(txns, key=lambda t: (t.amount, -t.day))
print(biggest, biggest._asdict(), Txn._field_defaults, Txn(1, "z", "dep"))
total = reduce(lambda acc, t: acc + t.amount, txns, 0.0)
print(round(total, 2), f"{total:.2f}", "%.3e" % total, "%g" % 0.0001, "%g" % 123456789.0)
table = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("kiwi", 12, 0.25), ("melon", 1, 3.999)]
for name, qty, price in table[1:]:
    print("|{:<8}|{:>5}|{:>8.2f}|{:>9}|".format(name, qty, price, format(qty * price, ".3f")))
print("|" + "|".join(f"{h:^8}" for h in table[0]) + "|")
print("{:*^30}".format(" END "), "{:=+10.3f}".format(-3.14159), "{:,}".format(10**9), "{!r:>6}".format("a"))
print("{0}{1}{0}".format("ab", "cd"), "{:>{w}.{p}f}".format(2.71828, w=10, p=3), "{:.2%}".format(0.12345))
print(str(12).zfill(6), "%+d" % 5, "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef", "%*d" % (6, 42), "%o" % 8)
print(int("1_000"), float("1e3"), int("  42\n"), int("ff", 16), int("0b101", 0), float("-inf"), round(2.675, 2))
print(f"{1e21}", f"{1e-7}", f"{0.1 + 0.2}", f"{100.0:g}", f"{123456.0:,.1f}", f"{-0.0}", f"{2**64:,}")
