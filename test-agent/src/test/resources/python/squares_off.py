total = 0
for i in range(5):
    total += i * i
    print(i, total + (1 if i == 3 else 0))
print("done")
