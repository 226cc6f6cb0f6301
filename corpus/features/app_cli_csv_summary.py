import sys
import argparse


def parse_args():
    p = argparse.ArgumentParser(description="Summarize CSV from stdin")
    p.add_argument("--sep", default=",")
    p.add_argument("--column", type=int, default=2)
    p.add_argument("--top", type=int, default=3)
    p.add_argument("-v", "--verbose", action="store_true")
    return p.parse_args()


def to_number(s):
    try:
        return int(s)
    except ValueError:
        try:
            return float(s)
        except ValueError:
            return None


def main():
    args = parse_args()
    header = sys.stdin.readline().strip().split(args.sep)
    print("columns:", header)
    rows = []
    bad = 0
    lineno = 1
    while True:
        line = sys.stdin.readline()
        if not line:
            break
        lineno += 1
        line = line.rstrip("\r\n")
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(args.sep)]
        if len(fields) != len(header):
            print(f"line {lineno}: expected {len(header)} fields, got {len(fields)}", file=sys.stderr)
            bad += 1
            continue
        rows.append(dict(zip(header, fields)))
    col = header[args.column]
    values = [(r[header[0]], to_number(r[col])) for r in rows]
    numeric = [v for _, v in values if v is not None]
    print(f"{len(rows)} rows, {bad} bad, {len(numeric)} numeric in {col!r}")
    if numeric:
        print("sum={:.2f} min={} max={} avg={:.3f}".format(sum(numeric), min(numeric), max(numeric), sum(numeric) / len(numeric)))
    best = sorted((v for v in values if v[1] is not None), key=lambda kv: kv[1], reverse=True)
    for name, v in best[: args.top]:
        print(f"  {name:<10} {v:>10}")
    by_city = {}
    for r in rows:
        by_city.setdefault(r["city"], []).append(r["name"])
    for city in sorted(by_city):
        print(city.ljust(8, "."), ",".join(by_city[city]))
    if bad:
        sys.exit(f"{bad} malformed line(s)")


main()
