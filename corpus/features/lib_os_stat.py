# os.stat / Path.stat / os.path.getmtime: st_size, st_mtime and st_atime (float seconds and _ns).
import os
from pathlib import Path

p = Path("report.txt")
p.write_text("line one\nline two\n")
st = p.stat()
print(st.st_size, os.stat("report.txt").st_size, os.stat(p).st_size)
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st.st_mtime == os.path.getmtime("report.txt"))
print(st.st_mtime_ns // 10**9 == int(st.st_mtime), abs(st.st_atime - st.st_mtime) < 3600)
with open(p, "a") as f:
    f.write("three\n")
print(p.stat().st_size - st.st_size, p.stat().st_mtime >= st.st_mtime)
os.mkdir("sub")
print(os.stat("sub").st_size >= 0, sorted(f.name for f in Path(".").iterdir()))
sizes = {name: os.stat(name).st_size for name in ["report.txt"]}
print(sizes)
for missing in ["nope.txt", Path("sub") / "gone"]:
    try:
        os.stat(missing)
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    Path("nope.txt").stat()
except OSError as e:
    print(type(e).__name__, e)
p.unlink()
os.rmdir("sub")
