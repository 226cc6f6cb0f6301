print("start")
with open("f") as fh:
    print(fh)
