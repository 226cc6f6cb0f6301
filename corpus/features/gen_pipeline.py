def read_records(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line.split(",")


def parse(records):
    for name, dept, salary in records:
        yield {"name": name, "dept": dept, "salary": int(salary)}


def high_earners(rows, threshold):
    return (r for r in rows if r["salary"] >= threshold)


DATA = """# name,dept,salary
ann,eng,120
bob,ops,80

cy,eng,95
# comment
dee,ops,130
"""
rows = list(parse(read_records(DATA.splitlines())))
print(len(rows), rows[0])
for r in high_earners(iter(rows), 95):
    print(r["name"], r["salary"])
totals = {}
for r in rows:
    totals[r["dept"]] = totals.get(r["dept"], 0) + r["salary"]
print(totals)
gen = parse(read_records(["x,y,1", "z,w,notanumber"]))
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
