# Writing, appending and reading files with open() and pathlib (stat, iterdir, mkdir), JSON on disk, then cleaning up.
from pathlib import Path
import os
import json

ROWS = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]


def main():
    p = Path("inventory.txt")
    with open(p, "w", encoding="utf-8") as f:
        f.write("# name qty price\n")
        for name, qty, price in ROWS:
            f.write(f"{name}\t{qty}\t{price}\n")
        print("tell:", f.tell())
    print(p.exists(), p.is_file(), p.suffix, p.stem, p.name, p.stat().st_size)
    total = 0.0
    with open("inventory.txt") as f:
        header = f.readline().rstrip("\n")
        print("header:", header)
        for line in f:
            name, qty, price = line.split("\t")
            total += int(qty) * float(price)
            print(f"  {name:<8}{int(qty):>5}{float(price):>7.2f}")
    print(f"total value {total:.2f}")
    with open(p, "a") as f:
        print("durian\t1\t9.99", file=f)
    lines = p.read_text().splitlines()
    print(len(lines), lines[-1])
    d = Path("out_dir")
    d.mkdir(exist_ok=True)
    j = d / "data.json"
    j.write_text(json.dumps({"rows": ROWS}, indent=1))
    print(j, j.parent, j.with_suffix(".bak").name, sorted(x.name for x in d.iterdir()))
    loaded = json.loads(j.read_text())
    print(loaded["rows"][1], type(loaded["rows"][1]))
    with open(j, "rb") as f:
        head = f.read(10)
    print(head, len(head))
    print(os.path.exists("out_dir/data.json"), os.path.join("a", "b.txt"), os.path.splitext("x.tar.gz"))
    with open("lines.txt", "w") as f:
        f.writelines(["one\n", "two\n", "three"])
    with open("lines.txt") as f:
        print(f.readlines())
    with open("lines.txt") as f:
        print([l.strip().upper() for l in f if "t" in l])
    try:
        open("nope.txt")
    except FileNotFoundError as e:
        print("missing:", e.errno, e.strerror, e.filename)
    for q in [p, j, Path("lines.txt")]:
        q.unlink()
    d.rmdir()
    print(sorted(os.listdir(".")), p.exists())


main()
