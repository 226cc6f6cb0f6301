import math
print(math.gamma(2.0))
