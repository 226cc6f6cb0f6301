def greet(name: str, times: int) -> str:
    return ", ".join([f"hello {name}"] * times)

total = 0
for i in range(1, 11):
    total += i * i
print(greet("wasm", 2))
print("sum of squares:", total, 7 // 2, -7 // 2, 7 / 2)
