# A local module shadows a standard-library module CPython finds on sys.path; not one it has
# built in or imported at start-up (os, time).
import random
import os
import time

print(random.randint(1, 6), random.ORIGIN)
print(os.path.join("a", "b"), os.sep)
print(hasattr(time, "LOCAL"))
