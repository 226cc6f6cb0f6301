import configparser
import io

text = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
path = /srv/%(user)s/data
user = alice
multi = first line
    second line

    fourth after blank
# a comment
; another
"""
cfg = configparser.ConfigParser()
cfg.read_string(text)
print(cfg.sections())
print(cfg.has_section("forge.example"), cfg.has_section("nope"), cfg.has_option("forge.example", "user"))
print(cfg["forge.example"]["User"], cfg["forge.example"]["compression"])
top = cfg["topsecret.server.example"]
print(top["port"], top.getint("port"), top.getboolean("forwardx11"), top.get("missing"), top.get("missing", "fb"))
print(repr(top["multi"]))
print(cfg.get("topsecret.server.example", "path"), cfg.get("topsecret.server.example", "path", raw=True))
print(cfg.getint("DEFAULT", "compressionlevel"), cfg.getfloat("forge.example", "serveraliveinterval"))
print(cfg.getboolean("forge.example", "nothere", fallback=False), cfg.get("nosec", "x", fallback="dflt"))
print(list(cfg["forge.example"]), list(cfg.keys()), "forge.example" in cfg, len(cfg))
print(cfg.items("forge.example"))
print(dict(top))
print(cfg.options("forge.example"), cfg.defaults())
cfg.add_section("new")
cfg.set("new", "key", "value")
cfg["new"]["other"] = "2"
cfg["another"] = {"a": "1", "b": "x y"}
cfg.remove_option("topsecret.server.example", "multi")
print(cfg.remove_section("forge.example"), cfg.remove_section("forge.example"))
buf = io.StringIO()
cfg.write(buf)
print(buf.getvalue(), end="")
cfg.write(buf, space_around_delimiters=False)
print(repr(buf.getvalue()[-40:]))
for bad in [
    lambda: cfg.get("nosec", "x"),
    lambda: cfg.get("new", "nokey"),
    lambda: cfg.add_section("new"),
    lambda: cfg.add_section("DEFAULT"),
    lambda: cfg.read_string("key = value\n"),
    lambda: cfg.read_string("[a]\nx=1\n[a]\n"),
    lambda: cfg.read_string("[b]\nx=1\nx=2\n"),
    lambda: cfg.read_string("[c]\nthis line is bad\n"),
    lambda: cfg.getint("topsecret.server.example", "user"),
    lambda: cfg.getboolean("topsecret.server.example", "user"),
    lambda: cfg.set("new", "k", 5),
    lambda: cfg["missing"],
    lambda: cfg["new"]["missing"],
]:
    try:
        bad()
    except (configparser.Error, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
interp = configparser.ConfigParser()
interp.read_dict({"paths": {"home": "/home/%(user)s", "user": "bob", "loop": "%(loop)s", "bad": "%(nothere)s", "pct": "100%%"}})
interp.read_string("[more]\nbroken = 50%\n")
print(interp["paths"]["home"], interp["paths"]["pct"])
for key in ["loop", "bad"]:
    try:
        interp["paths"][key]
    except configparser.Error as e:
        print(type(e).__name__, e)
try:
    interp.set("paths", "x", "5%")
except ValueError as e:
    print(type(e).__name__, e)
try:
    interp.get("more", "broken")
except configparser.Error as e:
    print(type(e).__name__, e)
raw = configparser.RawConfigParser()
raw.read_string("[s]\nv = %(x)s\n")
print(raw.get("s", "v"))
nv = configparser.ConfigParser(allow_no_value=True, inline_comment_prefixes=("#",), delimiters=("=",))
nv.read_string("[mysqld]\nskip-bdb\nport = 3306  # the port\nkey: not split = here\n")
print(nv.items("mysqld"))
with open("settings.ini", "w") as f:
    f.write("[app]\nname = demo\ndebug = true\n")
files = configparser.ConfigParser()
print(files.read(["settings.ini", "missing.ini"]))
print(files["app"].getboolean("debug"), files.get("app", "name"))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[a]\nx = 1\n[b]\ny = ${a:x}-${z}\nz = zed\n")
print(ext["b"]["y"])
