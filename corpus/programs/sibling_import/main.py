# Plain sibling imports, from-imports, and module state shared between importers.
import counter
import report
from counter import bump, Tally
from counter import LIMIT as limit

print("main:", __name__)
bump()
bump(5)
report.show()
print("count via module:", counter.count, "limit:", limit)
counter.count = 100
report.show()
t = Tally("t")
t.add(3)
print(t, isinstance(t, counter.Tally), type(t).__module__)
print(counter.describe(), counter.__name__)
print(bump.__module__, Tally.add.__module__, (lambda: 0).__module__)
if __name__ == "__main__":
    print("main guard runs")
