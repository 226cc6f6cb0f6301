for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)

for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("while", i)
else:
    print("while finished normally at", i)

j = 0
while True:
    j += 1
    if j >= 4:
        break
else:
    print("never printed")
print("j", j)

for x in []:
    print("empty body")
else:
    print("empty for else")

for row in range(3):
    for col in range(3):
        if col > row:
            break
        print(row, col, end="; ")
    print()
count = 0
while count < 100:
    count += 7
print(count)
