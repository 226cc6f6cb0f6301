# expect: eval
print(eval("1 + 2"))
