inventory = {"apple": 3}
print(inventory["apple"])
print({}.get("x"))
print(inventory["pear"])
