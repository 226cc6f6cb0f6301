total = 0
for i in range(5):
    total += i
assert total == 10, "sum is right"
print("checked", total)
assert total > 100, f"total {total} too small"
print("unreachable")
