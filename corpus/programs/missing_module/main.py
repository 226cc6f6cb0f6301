# A missing module of the program's package: ModuleNotFoundError once the package has run.
try:
    import lib.nothere
except ModuleNotFoundError as e:
    print("caught:", e)
try:
    from lib import absent
except ImportError as e:
    print("caught:", type(e).__name__, str(e).split(" (/")[0])
import lib.tools
print(lib.tools.tool())
import lib.gone
print("not reached")
