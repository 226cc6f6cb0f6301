def risky(flag):
    if flag:
        return undefined_helper(1)
    return "fine"


print(risky(False))
try:
    print(risky(True))
except NameError as e:
    print("NameError:", e)
print(never_defined)
