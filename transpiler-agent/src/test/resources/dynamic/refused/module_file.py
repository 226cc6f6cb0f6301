# expect: `__file__`
# CPython's `__file__` is the script's real path, which the sandbox neither shows nor opens.
import os
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.join(here, "data.txt"))
