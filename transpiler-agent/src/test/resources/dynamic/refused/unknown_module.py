# expect: the module `os`
import os
print(os.getcwd())
