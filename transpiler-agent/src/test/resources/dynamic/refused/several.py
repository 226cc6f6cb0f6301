# expect: the module `os.path`
import os.path
# expect: relative imports
from . import sibling
