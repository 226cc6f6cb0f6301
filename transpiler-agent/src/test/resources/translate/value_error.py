print(int("12") * 2)
print(int("twelve"))
