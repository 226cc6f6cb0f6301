"""Read a CSV of transactions from stdin with the csv module, report per-account balances."""
import csv
import sys
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation


@dataclass
class Account:
    name: str
    balance: Decimal = Decimal("0")
    history: list = field(default_factory=list)

    def apply(self, kind, amount):
        if kind == "deposit":
            self.balance += amount
        elif kind == "withdraw":
            if amount > self.balance:
                raise ValueError(f"insufficient funds in {self.name}: {self.balance} < {amount}")
            self.balance -= amount
        else:
            raise KeyError(kind)
        self.history.append((kind, amount))


def main():
    reader = csv.DictReader(sys.stdin)
    accounts = {}
    problems = []
    for row in reader:
        try:
            amount = Decimal(row["amount"])
        except InvalidOperation:
            problems.append(f"line {reader.line_num}: bad amount {row['amount']!r}")
            continue
        acct = accounts.setdefault(row["account"], Account(row["account"]))
        try:
            acct.apply(row["type"].strip().lower(), amount)
        except ValueError as e:
            problems.append(f"line {reader.line_num}: {e}")
        except KeyError as e:
            problems.append(f"line {reader.line_num}: unknown type {e}")
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["account", "balance", "ops"])
    for name in sorted(accounts, key=lambda n: (-accounts[n].balance, n)):
        a = accounts[name]
        w.writerow([a.name, f"{a.balance:.2f}", len(a.history)])
    total = sum((a.balance for a in accounts.values()), Decimal(0))
    print("%-10s%12s" % ("TOTAL", total))
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
