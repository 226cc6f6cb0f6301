from pathlib import Path, PosixPath

p = Path("data") / "sub" / "notes.tar.gz"
print(p, repr(p), type(p).__name__, isinstance(p, Path))
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parent.parent, p.parts)
print(Path("a//b/./c/"), Path(""), Path("/"), Path("/").parent, Path("a").parent, Path(".").name)
print(Path("a", "/b", "c"), "x" / Path("y"), Path("a").joinpath("b", "c"), Path("/a/b").parts)
print(Path("a.b").with_suffix(""), Path("a/b.txt").with_suffix(".md"), Path("a/b").with_name("z.q"))
print(Path(".bashrc").suffix, Path("x.").suffix, Path("a") == Path("a"), Path("a") == "a", Path("a").is_absolute())
print(sorted([Path("b"), Path("a/c"), Path("a")]), hash(Path("q")) == hash(Path("q")))
try:
    Path("a") / 3
except TypeError as e:
    print("TypeError", e)
try:
    Path("").with_suffix(".x")
except ValueError as e:
    print("ValueError", e)
try:
    Path("a").with_suffix("x")
except ValueError as e:
    print("ValueError", e)

base = Path("work")
print(base.exists(), base.is_dir())
base.mkdir()
(base / "deep" / "er").mkdir(parents=True)
base.mkdir(exist_ok=True)
try:
    base.mkdir()
except FileExistsError as e:
    print("FileExistsError", e)
try:
    Path("no/such/dir").mkdir()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
f = base / "hello.txt"
print(f.write_text("hello\nworld\n"), f.exists(), f.is_file(), f.is_dir())
print(repr(f.read_text()), f.read_bytes())
print((base / "raw.bin").write_bytes(b"\x00\x01"), (base / "raw.bin").read_bytes())
with f.open("a") as h:
    h.write("more\n")
with open(f) as h:
    print(repr(h), h.readlines())
print(sorted(c.name for c in base.iterdir()), sorted(str(c) for c in base.iterdir()))
g = f.rename(base / "renamed.txt")
print(g, f.exists(), g.exists())
g.unlink()
g.unlink(missing_ok=True)
try:
    g.unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    g.read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e, e.filename)
try:
    g.write_text(5)
except TypeError as e:
    print("TypeError", e)
(base / "t.txt").touch()
print((base / "t.txt").read_text() == "", sorted(p.name for p in base.iterdir()))
(base / "deep" / "er").rmdir()
print(sorted(str(p) for p in base.iterdir()))
