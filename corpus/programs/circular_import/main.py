# Circular imports: a module sees the other partially initialised, as in CPython.
import alpha

print("main:", alpha.greet(), alpha.beta.shout())
try:
    import broken_a
except ImportError as e:
    print("ImportError:", str(e).split(" (/")[0])
try:
    import broken_c
except AttributeError as e:
    print("AttributeError:", e)
