def fib(n: int) -> int:
    a = 0
    b = 1
    i = 0
    while i < n:
        t = a + b
        a = b
        b = t
        i += 1
    return a

def classify(n: int) -> str:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    else:
        return "positive"

for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(20):
    if i % 2 == 0:
        continue
    if i > 9:
        break
    print(i, sep="", end=",")
print("")
print(fib(90), fib(200))
print(classify(-3), classify(0), classify(5))
found = 0
while True:
    found += 7
    if found > 50:
        break
print("found", found, "ok" if found > 50 else "no")
print(1, 2, 3, sep=" - ")
flag = found > 10 and found < 100
print(flag, not flag, 0 or 5, "" or "default", 3 and 4)
