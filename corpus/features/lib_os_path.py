import os
import os.path
from os.path import join, splitext, basename, dirname

paths = ["/usr/lib/python3.12/os.py", "a/b/c.tar.gz", ".bashrc", "dir/.hidden", "..", "a/b/", "/", "//x", "///y",
         "", "noext", "a.b/c", "file.", "a/..b", "../../x/./y/../z"]
for p in paths:
    print(repr(p), os.path.split(p), splitext(p), repr(basename(p)), repr(dirname(p)),
          repr(os.path.normpath(p)), os.path.isabs(p))

print(join("a", "b", "c"), join("/a", "/b", "c"), join("a/", "b"), join("", "x"), join("x", ""), join("a"))
print(os.path.join("usr", "local", "bin") == os.sep.join(["usr", "local", "bin"]))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]), repr(os.path.commonprefix([])))
print(os.path.commonpath(["/usr/lib/x", "/usr/lib/y", "/usr/lib"]), os.path.commonpath(["a/./b", "a/b/c"]))
print(os.path.splitdrive("/x/y"), os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.extsep, os.pathsep)
print(os.getenv("PORTALIS_SURELY_UNSET_VARIABLE"), os.getenv("PORTALIS_SURELY_UNSET_VARIABLE", "fallback"),
      os.environ.get("PORTALIS_SURELY_UNSET_VARIABLE", 7), "PORTALIS_SURELY_UNSET_VARIABLE" in os.environ)

for bad in [lambda: os.path.join(1), lambda: os.path.join("a", 2), lambda: os.path.basename(None),
            lambda: os.path.splitext(3.5), lambda: os.path.commonpath([]),
            lambda: os.path.commonpath(["/a", "b"])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

stem, ext = splitext(basename("/data/report.final.csv"))
print(stem, ext, os.path.join(dirname("/data/report.final.csv"), stem + ".json"))
