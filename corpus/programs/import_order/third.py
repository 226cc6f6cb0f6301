print("third: loading (lazily)")
VALUE = 3
_calls = 0


def calls():
    global _calls
    _calls += 1
    return _calls
