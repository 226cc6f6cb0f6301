# expect: the builtin `memoryview`
print(memoryview(b"abc"))
