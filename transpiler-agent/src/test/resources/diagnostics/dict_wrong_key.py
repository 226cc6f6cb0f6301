d = {"a": 1}
print(d[1])
