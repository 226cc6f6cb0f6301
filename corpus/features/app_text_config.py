import configparser
import json
import os
from string import Template

INI = """
[DEFAULT]
owner = ops
retries = 3

[server]
host = example.org
port = 8080
debug = yes
url = http://%(host)s:%(port)s/

[database]
name = shop
timeout = 2.5
retries = 5
tags = a, b , c
"""

cfg = configparser.ConfigParser()
cfg.read_string(INI)
print(cfg.sections())
srv = cfg["server"]
print(srv["url"], srv.getint("port") + 1, srv.getboolean("debug"), srv["owner"])
db = cfg["database"]
print(db.getfloat("timeout") * 2, db.getint("retries"), cfg.getint("server", "retries"))
print([t.strip() for t in db["tags"].split(",")])
print(cfg.get("database", "missing", fallback="n/a"), "port" in srv, "nope" in cfg)
for section in cfg.sections():
    keys = sorted(cfg[section])
    print(f"[{section}] " + ", ".join(f"{k}={cfg[section][k]}" for k in keys))

cfg["cache"] = {"size": "128", "policy": "lru"}
cfg.set("server", "port", "9090")
with open("app.ini", "w") as fh:
    cfg.write(fh)
with open("app.ini") as fh:
    written = fh.read()
print(written.count("\n"), written.splitlines()[:4])
again = configparser.ConfigParser()
again.read("app.ini")
print(again["server"]["url"], again["cache"].get("size"))

DEFAULTS = {"name": "demo", "workers": 2, "features": {"search": True, "export": False}, "paths": []}


def merge(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


user = json.loads('{"workers": 8, "features": {"export": true, "beta": null}, "paths": ["/tmp", "/var"], "ratio": 0.75}')
conf = merge(DEFAULTS, user)
print(json.dumps(conf, sort_keys=True))
print(json.dumps(conf, indent=4, separators=(",", ": ")))
with open("conf.json", "w", encoding="utf-8") as fh:
    json.dump({"greeting": "héllo", "conf": conf}, fh, ensure_ascii=False, indent=1)
with open("conf.json", encoding="utf-8") as fh:
    loaded = json.load(fh)
print(loaded["greeting"], loaded["conf"]["features"], os.path.getsize("conf.json"))
print(json.dumps("héllo\n\"q\""), json.dumps([1.0, 2.5e10, -0.0, 10**20]))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("bad json:", e.msg, e.lineno, e.colno)
try:
    cfg.getint("database", "name")
except ValueError as e:
    print("bad int:", e)

tmpl = Template("Dear $name, your order #${order} ships in $days day(s). Cost: $$${cost}")
ctx = {"name": "Ann", "order": 1042, "days": 3, "cost": "12.50"}
print(tmpl.substitute(ctx))
print(Template("$who likes $what").safe_substitute(who="Bob"))
try:
    Template("$x and $y").substitute(x=1)
except KeyError as e:
    print("missing key", e)

page = """<h1>{title}</h1>
<ul>
{items}
</ul>
<p>{count} item{plural} — total {total:,.2f}</p>"""
items = [("pen", 1.5), ("notebook", 3.25), ("bag", 1200)]
rows = "\n".join("  <li>{0:<10} {1:>9.2f}</li>".format(*it) for it in items)
print(page.format(title="Cart".upper(), items=rows, count=len(items),
                  plural="s" if len(items) != 1 else "", total=sum(p for _, p in items)))
fmt = "{:{fill}{align}{width}}"
for align in "<^>":
    print("[" + fmt.format("x", fill="-", align=align, width=7) + "]")
print("{0[name]} has {0[n]:03d}; {1.real}".format({"name": "k", "n": 7}, 2.5))
print(f"{'nested':{'>'}{12}}|{3.14159:{'.'}{3}}|{255:{'#'}{'x'}}")
