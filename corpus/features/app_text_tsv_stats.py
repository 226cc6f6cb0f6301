import sys
import statistics
import math
from collections import defaultdict


def parse_row(line, ncols):
    parts = line.rstrip("\r\n").split("\t")
    if len(parts) != ncols:
        raise ValueError(f"expected {ncols} columns, got {len(parts)}")
    return parts


header = None
rows = []
skipped = []
for num, line in enumerate(sys.stdin, start=1):
    if header is None:
        header = [h.strip().lower().replace(" ", "_") for h in line.rstrip("\n").split("\t")]
        continue
    if not line.strip():
        continue
    try:
        parts = parse_row(line, len(header))
        rec = dict(zip(header, parts))
        rec["score"] = float(rec["score"]) if rec["score"] not in ("", "NA") else None
        rec["age"] = int(rec["age"])
    except ValueError as e:
        skipped.append((num, str(e)))
        continue
    rows.append(rec)

print("columns:", header)
print("rows:", len(rows), "skipped:", skipped)

groups = defaultdict(list)
for r in rows:
    if r["score"] is not None:
        groups[r["team"]].append(r["score"])

fmt = "{team:<10} {n:>3} {mean:>8.2f} {median:>8.2f} {stdev:>8} {lo:>6.1f} {hi:>6.1f}"
print("{:<10} {:>3} {:>8} {:>8} {:>8} {:>6} {:>6}".format("team", "n", "mean", "median", "stdev", "min", "max"))
for team in sorted(groups):
    s = groups[team]
    sd = f"{statistics.stdev(s):.3f}" if len(s) > 1 else "-"
    print(fmt.format(team=team, n=len(s), mean=statistics.mean(s), median=statistics.median(s),
                     stdev=sd, lo=min(s), hi=max(s)))

scores = [r["score"] for r in rows if r["score"] is not None]
print("overall mean=%.4f pstdev=%.4f median_low=%s median_high=%s" % (
    statistics.fmean(scores), statistics.pstdev(scores),
    statistics.median_low(scores), statistics.median_high(scores)))
print("mode team:", statistics.mode(r["team"] for r in rows), "quantiles:",
      [round(q, 2) for q in statistics.quantiles(scores, n=4)])
ages = [r["age"] for r in rows]
print("ages:", statistics.mean(ages), statistics.median(ages), round(statistics.variance(ages), 3))
missing = [r["name"] for r in rows if r["score"] is None]
print("missing scores:", ", ".join(missing) or "none")

ranked = sorted((r for r in rows if r["score"] is not None),
                key=lambda r: (-r["score"], r["age"], r["name"]))
print()
for place, r in enumerate(ranked, 1):
    medal = {1: "gold", 2: "silver", 3: "bronze"}.get(place, "")
    bar = "#" * math.floor(r["score"] / 10)
    print(f"{place:>2}. {r['name']:<12.12}{r['team']:^8}{r['score']:6.1f} {bar:<10}{medal}")

by_decade = defaultdict(list)
for r in rows:
    by_decade[r["age"] // 10 * 10].append(r["name"].split()[0])
for decade, names in sorted(by_decade.items()):
    print(f"{decade}s: {', '.join(sorted(names))}")
top_team = max(groups, key=lambda t: statistics.mean(groups[t]))
print("best team:", top_team, "| names with 'a':", sum("a" in r["name"].lower() for r in rows))
print("normalised:", [round((x - min(scores)) / (max(scores) - min(scores)), 3) for x in scores[:5]])
