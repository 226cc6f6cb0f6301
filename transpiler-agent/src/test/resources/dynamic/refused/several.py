# expect: the module `urllib.parse`
import urllib.parse
# expect: relative imports
from . import sibling
