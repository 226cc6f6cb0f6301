import os

with open("note.txt", "w") as f:
    f.write("hello from the scratch directory\n")
print(open("note.txt").read(), end="")
print(",".join(sorted(os.listdir("."))))
if os.path.exists("input.txt"):
    print(open("input.txt").read(), end="")
