import csv
import io

data = 'name,age,city\r\nAda,36,"London, UK"\r\n"Bob ""the builder""",41,Paris\r\n"multi\nline",7,"x"\r\n\r\nlast,,\r\n'
r = csv.reader(io.StringIO(data, newline=""))
for row in r:
    print(r.line_num, row)

print(list(csv.reader(["a;b;'c;d'", "e;;f"], delimiter=";", quotechar="'")))
print(list(csv.reader(["a, b,  c", ' "q, r", s'], skipinitialspace=True)))
print(list(csv.reader(["a\\,b,c\\\\d,e"], escapechar="\\")))
print(list(csv.reader(['"a\\"b",c'], escapechar="\\", doublequote=False)))
print(list(csv.reader(["1,2.5,\"x\",,-3e2"], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b,c",d'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['a,"b"x,c', 'p,"unterminated'])))
print(list(csv.reader(["x\ty\tz"], dialect="excel-tab")))
print(list(csv.reader(['"u","v"'], "unix")))
for bad, opts in [(['a,"b"x'], {"strict": True}), (['a,"b'], {"strict": True}), (["a\rb"], {}), ([5], {})]:
    try:
        print(list(csv.reader(bad, **opts)))
    except csv.Error as e:
        print("csv.Error:", e)

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["plain", "with,comma", 'with "quote"', "with\nnewline", "", None, 3, 2.5, True]))
print(w.writerows([[1, 2], ["a b", " lead"], [], [""]]))
for name, q in [("MINIMAL", csv.QUOTE_MINIMAL), ("ALL", csv.QUOTE_ALL),
                ("NONNUMERIC", csv.QUOTE_NONNUMERIC), ("NONE", csv.QUOTE_NONE)]:
    w = csv.writer(out, quoting=q, escapechar="\\", lineterminator="\n")
    w.writerow([name, 1, 2.5, "x,y", 'q"q', "", None, False])
w = csv.writer(out, delimiter="|", quotechar="'", lineterminator=";\n")
w.writerow(["a|b", "it's", "c"])
w = csv.writer(out, doublequote=False, escapechar="\\")
w.writerow(['say "hi"', "back\\slash"])
print(out.getvalue(), end="")

for opts, row in [({"quoting": csv.QUOTE_NONE}, ["a,b"]), ({"quoting": csv.QUOTE_NONE}, [""]),
                  ({"doublequote": False}, ['x"y'])]:
    try:
        csv.writer(io.StringIO(), **opts).writerow(row)
    except csv.Error as e:
        print("csv.Error:", e)
for opts in [{"delimiter": "ab"}, {"quotechar": None, "quoting": csv.QUOTE_ALL}, {"quoting": 9},
             {"dialect": "nope"}, {"lineterminator": None}, {"escapechar": 5}]:
    try:
        csv.reader([], **opts)
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print("csv.Error:", e)

src = io.StringIO("id,name,score\n1,ann,90\n2,ben\n\n3,cy,70,extra,more\n")
dr = csv.DictReader(src, restval="?", restkey="rest")
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(dr.line_num, row)
dr = csv.DictReader(["x;y", "1;2"], fieldnames=["a", "b"], delimiter=";")
print(list(dr), dr.fieldnames)
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "note"], restval="-")
print(dw.writeheader())
print(dw.writerow({"id": 1, "name": "ann, jr", "note": 'says "hi"'}))
dw.writerows([{"id": 2, "name": "ben"}, {"name": "cy", "id": 3}])
try:
    dw.writerow({"id": 4, "bogus": 1})
except ValueError as e:
    print("ValueError:", e)
csv.DictWriter(out, ["id"], extrasaction="ignore").writerow({"id": 5, "bogus": 1})
try:
    csv.DictWriter(out, ["id"], extrasaction="keep")
except ValueError as e:
    print("ValueError:", e)
print(repr(out.getvalue()))

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(repr(d.delimiter), d.quoting, repr(d.lineterminator), d.doublequote, repr(d.escapechar))
out = io.StringIO()
csv.writer(out, "pipes").writerow(["a", 1])
csv.writer(out, csv.excel_tab).writerow(["t", "u v"])
csv.writer(out, dialect=csv.unix_dialect).writerow(["u", 2])
print(repr(out.getvalue()))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(issubclass(csv.Error, Exception))

table = [["item", "qty", "price"], ["apple", "3", "0.5"], ["pear, green", "2", "0.75"]]
buf = io.StringIO()
csv.writer(buf).writerows(table)
buf.seek(0)
total = 0.0
for rec in csv.DictReader(buf):
    total += int(rec["qty"]) * float(rec["price"])
print("total", total)
