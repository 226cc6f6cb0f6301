import os
import os.path

print(os.path.exists("nothing"), os.path.isfile("nothing"), os.path.isdir("nothing"))
os.mkdir("top")
print(os.path.exists("top"), os.path.isfile("top"), os.path.isdir("top"))
os.makedirs("top/a/b/c")
os.makedirs("top/a/b/c", exist_ok=True)
try:
    os.makedirs("top/a/b/c")
except FileExistsError as e:
    print("FileExistsError", e)
try:
    os.mkdir("top")
except FileExistsError as e:
    print("FileExistsError", e, e.errno, e.filename)
with open("top/a/f.txt", "w") as f:
    f.write("12345")
print(os.path.getsize("top/a/f.txt"), os.path.isfile("top/a/f.txt"))
print(sorted(os.listdir("top/a")))
print(sorted(os.listdir("top")), os.listdir("top/a/b/c"))
os.rename("top/a/f.txt", "top/a/g.txt")
print(sorted(os.listdir("top/a")))
try:
    os.rename("top/a/f.txt", "top/a/h.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e, e.filename, e.filename2)
try:
    os.remove("top/a/f.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    os.remove("top/a")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.rmdir("top/a")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.listdir("nowhere")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    os.listdir("top/a/g.txt")
except NotADirectoryError as e:
    print("NotADirectoryError", e)
try:
    os.path.getsize("nowhere")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
os.unlink("top/a/g.txt")
os.rmdir("top/a/b/c")
os.rmdir("top/a/b")
os.rmdir("top/a")
print(os.listdir("top"))
os.rmdir("top")
print(os.path.exists("top"), os.listdir("."))
open("one.txt", "w").close()
print(os.listdir())
os.replace("one.txt", "two.txt")
print(os.listdir("."))
print(os.path.join("a", "b"))
try:
    os.rmdir("nothing")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
