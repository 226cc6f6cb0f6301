code = "1 + 1"
print(eval(code))
