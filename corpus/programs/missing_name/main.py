# A from-import of a name the module lacks: ImportError, exit code 1.
import util
print("util loaded:", util.ANSWER)
from util import ANSWER, nope
print("not reached")
