s = {5, 3, 100, 8, -1, 33, 2**3, 64}
print(s)
t = {1, 2}
t.add(65)
t.add(9)
print(t, {(1, 2), (3, 4), (5, 6)} == {(5, 6), (3, 4), (1, 2)})
print(bytes([104, 105]), bytes(3))
exit(3)
print("not reached")
