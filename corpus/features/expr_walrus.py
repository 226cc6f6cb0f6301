data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print("long list with", n, "items")
values = iter(data)
while (v := next(values, None)) is not None:
    if v > 20:
        print("stopping at", v)
        break
print([y for x in data if (y := x * 2) > 30])
print(y)
total = 0
results = [(total := total + x) for x in [1, 2, 3, 4]]
print(results, total)


def check(s):
    if (m := s.find("=")) >= 0:
        return s[:m], s[m + 1:]
    return None


print(check("key=value"), check("novalue"))
print((z := 5) * 2, z)
