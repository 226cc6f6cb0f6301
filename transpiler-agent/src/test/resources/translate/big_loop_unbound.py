for i in range(3):
    last = i * 2
print(last)
