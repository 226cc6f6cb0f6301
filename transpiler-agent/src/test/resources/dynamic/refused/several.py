# expect: the module `urllib.parse`
import urllib.parse
# expect: eval
print(eval("1 + 1"))
