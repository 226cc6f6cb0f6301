# A module whose body raised is removed from sys.modules; importing it again runs its body
# afresh, in a new namespace where the names of the failed run are gone.
try:
    import flaky
except RuntimeError as e:
    print("first import:", e)

import flaky
import tally

print("runs:", tally.runs, "setting:", flaky.setting, "first_run_only:", flaky.first_run_only)
print(hasattr(flaky, "partial"))
try:
    print(flaky.partial)
except AttributeError as e:
    print("AttributeError:", e)
try:
    flaky.read_partial()
except NameError as e:
    print("NameError:", e)
