d = {}
d["a"] = []
d["a"].append(1)
