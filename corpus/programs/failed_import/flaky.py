# Counts how many times its body ran (in a module that survives: tally), and fails the
# first time after binding some names.
import tally

tally.runs += 1
first_run_only = tally.runs == 1
if first_run_only:
    partial = "bound before the failure"
    setting = 1
    raise RuntimeError("flaky failed on run %d" % tally.runs)
setting = 2


def read_partial():
    return partial
