xs = [1, 2]
a, b = xs
