"""Team performance metrics: dataclass records, enum tiers, statistics and pprint."""
import math
import pprint
import statistics
from dataclasses import asdict, dataclass, field, fields
from enum import Enum
from fractions import Fraction
from functools import reduce
from operator import attrgetter


class Tier(Enum):
    BRONZE = "bronze"
    SILVER = "silver"
    GOLD = "gold"


@dataclass(order=True)
class Engineer:
    team: str
    name: str
    commits: int
    reviews: int
    hours: float
    growth: list = field(default_factory=list)

    @property
    def velocity(self):
        return self.commits / self.hours if self.hours else 0.0

    def tier(self):
        if self.commits >= 120:
            return Tier.GOLD
        if self.commits >= 60:
            return Tier.SILVER
        return Tier.BRONZE


STAFF = [
    Engineer("core", "ana", 140, 52, 160.0, [1.10, 1.05, 1.20]),
    Engineer("core", "ben", 75, 80, 150.5, [1.02, 0.98, 1.07]),
    Engineer("web", "cai", 30, 12, 80.0, [1.50, 1.10, 0.90]),
    Engineer("web", "dee", 95, 40, 155.25, [1.01, 1.03, 1.02]),
    Engineer("data", "eli", 60, 61, 120.0, [0.95, 1.15, 1.04]),
    Engineer("data", "fay", 121, 22, 170.0, [1.20, 1.25, 0.85]),
]

print("fields:", [f.name for f in fields(Engineer)])
commits = [e.commits for e in STAFF]
reviews = [e.reviews for e in STAFF]
hours = [e.hours for e in STAFF]

print("mean commits:", statistics.mean(commits))
print("median/low/high:", statistics.median(commits), statistics.median_low(commits), statistics.median_high(commits))
print("variance:", statistics.variance(commits))
print("pvariance:", statistics.pvariance(commits))
print("stdev:", f"{statistics.stdev(commits):.4f}")
print("mode of tiers:", statistics.mode(e.tier().value for e in STAFF))
print("multimode teams:", statistics.multimode(e.team for e in STAFF))
print("harmonic mean hours:", round(statistics.harmonic_mean(hours), 6))
print("geometric mean hours:", round(statistics.geometric_mean(hours), 6))
for e in STAFF:
    g = statistics.geometric_mean(e.growth)
    print(f"  {e.name}: growth {g:.4f} ({g - 1:+.2%}) velocity {e.velocity:6.3f}")
print("correlation commits/reviews:", round(statistics.correlation(commits, reviews), 6))
slope, intercept = statistics.linear_regression(hours, commits)
print(f"commits ~ {slope:.4f} * hours {intercept:+.3f}")
print("deciles:", statistics.quantiles(commits, n=10))
print("quantiles inclusive:", statistics.quantiles(hours, n=4, method="inclusive"))
print("fractions mean:", statistics.mean([Fraction(1, 3), Fraction(1, 6), Fraction(3, 4)]))
print("fsum vs sum:", math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(sum([0.1] * 10), 1.0))

ranking = sorted(STAFF, key=attrgetter("team", "commits"), reverse=True)
print("ranking:", [(e.team, e.name) for e in ranking])
print("ordered:", [e.name for e in sorted(STAFF)][:3])
by_tier = {}
for e in STAFF:
    by_tier.setdefault(e.tier(), []).append(e.name)
for tier in Tier:
    print(f"{tier.name:<7}{tier.value!r:>10} {by_tier.get(tier, [])}")

total_hours = reduce(lambda acc, e: acc + e.hours, STAFF, 0.0)
print("total hours:", total_hours, "avg", round(total_hours / len(STAFF), 3))
ratios = list(map(lambda e: Fraction(e.reviews, e.commits), STAFF))
print("review ratios:", [str(r) for r in ratios], "max", max(ratios), float(max(ratios)))
busy = list(filter(lambda e: e.hours > 150, STAFF))
print("busy:", ", ".join(map(attrgetter("name"), busy)))

snapshot = {e.name: {k: v for k, v in asdict(e).items() if k != "name"} for e in STAFF[:3]}
pprint.pprint(snapshot, width=60)
print(pprint.pformat(snapshot["ana"], sort_dicts=False, width=50))
print(pprint.pformat([asdict(e) for e in STAFF[3:5]], compact=True, width=72))
