count = 0
def bump() -> None:
    global count
    count += 1
bump()
print(count)
