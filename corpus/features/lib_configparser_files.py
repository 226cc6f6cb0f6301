import configparser
import pathlib

p = pathlib.Path("app.ini")
p.write_text("[main]\nx = 1\n")
c = configparser.ConfigParser()
print(c.read(p), c.read([p, "nope.ini"]), c["main"]["x"])
with open("app.ini") as f:
    c.read_file(f)
print(c.sections())
