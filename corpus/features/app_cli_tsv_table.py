import sys

def main():
    out = sys.stdout.write
    data = sys.stdin.read().splitlines()
    if not data:
        sys.exit("error: empty input")
    header, *body = data
    cols = header.split("\t")
    table = [line.split("\t") for line in body if line]
    widths = [max(len(cols[i]), *(len(r[i]) for r in table if i < len(r))) for i in range(len(cols))]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    out(sep)
    out("| " + " | ".join(c.center(w) for c, w in zip(cols, widths)) + " |\n")
    out(sep)
    for r in table:
        r = r + [""] * (len(cols) - len(r))
        cells = []
        for c, w in zip(r, widths):
            try:
                float(c)
                cells.append(c.rjust(w))
            except ValueError:
                cells.append(c.ljust(w))
        out("| " + " | ".join(cells) + " |\n")
    out(sep)
    numeric = {}
    for i, name in enumerate(cols):
        vals = []
        for r in table:
            if i < len(r):
                try:
                    vals.append(float(r[i]))
                except ValueError:
                    pass
        if vals:
            numeric[name] = vals
    for name, vals in numeric.items():
        mean = sum(vals) / len(vals)
        var = sum((v - mean) ** 2 for v in vals) / len(vals)
        print("{:<6} n={} mean={:.4f} sd={:.4g} min={:g} max={:g}".format(name, len(vals), mean, var ** 0.5, min(vals), max(vals)))
    print(f"{len(table)} rows x {len(cols)} cols", end="")
    print()

main()
