def work():
    raise ExceptionGroup("batch failed", [ValueError("bad a"), KeyError("b")])
print("start")
try:
    work()
except* KeyError as g:
    print("handled keys", len(g.exceptions))
print("unreached")
