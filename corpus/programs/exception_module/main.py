# Exception classes defined in another module: caught by class, and shown with the module name.
from errors import AppError, check

try:
    check(-1)
except AppError as e:
    print("caught:", e, type(e).__name__, type(e).__module__)
print(check(3))
check(-5)
