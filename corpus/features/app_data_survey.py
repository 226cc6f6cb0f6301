"""Customer survey digest: embedded JSON lines, scoring, NPS, text layout and pprint."""
import json
import pprint
import textwrap
from collections import Counter, OrderedDict, defaultdict
from enum import IntEnum
from statistics import mean, median, mode, pstdev, quantiles
from string import Template

RESPONSES = r"""
{"id": 1, "region": "EMEA", "score": 9, "plan": "pro", "comment": "Great product, the reporting module saves me hours every week."}
{"id": 2, "region": "APAC", "score": 6, "plan": "free", "comment": "Too slow on large files"}
{"id": 3, "region": "EMEA", "score": 10, "plan": "enterprise", "comment": ""}
{"id": 4, "region": "AMER", "score": 3, "plan": "pro", "comment": "Support never answered my ticket about the export \"bug\"."}
{"id": 5, "region": "AMER", "score": 8, "plan": "free", "comment": "ok"}
{"id": 6, "region": "APAC", "score": 9, "plan": "pro", "comment": "Love the new dashboard!"}
{"id": 7, "region": "EMEA", "score": 7, "plan": "free", "comment": null}
{"id": 8, "region": "AMER", "score": 10, "plan": "enterprise", "comment": "Worth every cent. Onboarding was smooth and the team is responsive."}
{"id": 9, "region": "APAC", "score": 0, "plan": "free", "comment": "Crashes on startup — unusable"}
{"id": 10, "region": "EMEA", "score": 9, "plan": "pro", "comment": "Slow exports, otherwise fine"}
"""


class Bucket(IntEnum):
    DETRACTOR = -1
    PASSIVE = 0
    PROMOTER = 1

    @classmethod
    def of(cls, score):
        return cls.PROMOTER if score >= 9 else cls.PASSIVE if score >= 7 else cls.DETRACTOR


rows = [json.loads(line) for line in RESPONSES.strip().splitlines()]
scores = [r["score"] for r in rows]
print(f"{len(rows)} responses; mean={mean(scores)} median={median(scores)} mode={mode(scores)} "
      f"pstdev={pstdev(scores):.3f} quartiles={quantiles(scores, n=4)}")


def nps(rs):
    c = Counter(Bucket.of(r["score"]) for r in rs)
    return round(100 * (c[Bucket.PROMOTER] - c[Bucket.DETRACTOR]) / len(rs))


print("NPS overall:", nps(rows))
regions = defaultdict(list)
for r in rows:
    regions[r["region"]].append(r)
table = OrderedDict(sorted(((k, nps(v)) for k, v in regions.items()), key=lambda kv: kv[1], reverse=True))
for region, value in table.items():
    bar = ("+" if value >= 0 else "-") * (abs(value) // 10)
    print(f"  {region:<5}{value:>+5d} {bar}")
print("buckets:", sorted(Counter(Bucket.of(s).name for s in scores).items()))
print("sum of buckets:", sum(Bucket.of(s) for s in scores), Bucket.PROMOTER > Bucket.PASSIVE, int(Bucket.DETRACTOR))

plans = Counter(r["plan"] for r in rows)
for plan, n in plans.most_common():
    avg = mean(r["score"] for r in rows if r["plan"] == plan)
    print(f"{plan:>12}: {n:2d} ({n / len(rows):6.1%}) avg {avg:5.2f}")

words = Counter()
for r in rows:
    text = (r["comment"] or "").lower()
    for w in text.replace(",", " ").replace(".", " ").replace("!", " ").split():
        if len(w) > 3:
            words[w] += 1
print("top words:", [w for w, n in words.most_common(4) if n > 1])

print("\nComments")
for r in rows:
    comment = r["comment"]
    if not comment:
        print(f"#{r['id']:<3}(no comment: {comment!r})")
        continue
    wrapped = textwrap.wrap(comment, width=34)
    print(f"#{r['id']:<3}" + f"\n{'':4}".join(wrapped))
print(textwrap.shorten("Support never answered my ticket about the export bug at all", width=30, placeholder=" [...]"))
print(textwrap.indent(textwrap.dedent("""\
    Summary:
      promoters first
    end"""), "> ", lambda line: not line.startswith("end")))

tmpl = Template("$region: $count responses, NPS $nps ($$ impact: ${impact}k)")
for region, rs in sorted(regions.items()):
    print(tmpl.substitute(region=region, count=len(rs), nps=nps(rs), impact=len(rs) * 12.5))
try:
    tmpl.substitute(region="X")
except KeyError as e:
    print("missing placeholder:", e)

digest = {region: {"n": len(rs), "ids": [r["id"] for r in rs], "nps": nps(rs),
                   "plans": dict(Counter(r["plan"] for r in rs))} for region, rs in regions.items()}
pprint.pprint(digest, width=70, sort_dicts=True)
pprint.pprint(digest["APAC"], width=30, sort_dicts=False)
print(pprint.pformat(list(range(30)), width=40, compact=True))
print(json.dumps(rows[8], ensure_ascii=False), json.dumps(rows[8]["comment"]))
