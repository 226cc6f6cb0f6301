name = input()
print("Hello,", name)
n = int(input("count? "))
total = 0
for _ in range(n):
    total += int(input())
print("sum", total)
words = input().split()
print(len(words), words[::-1])
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    print("line:", repr(line))
