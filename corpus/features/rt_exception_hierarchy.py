errors = [KeyError("k"), IndexError("i"), ZeroDivisionError("z"), OverflowError("o"), ValueError("v"),
          TypeError("t"), AttributeError("a"), NameError("n"), UnboundLocalError("u"), RecursionError("r"),
          NotImplementedError("ni"), StopIteration(), AssertionError("as"), FileNotFoundError("f"),
          KeyboardInterrupt(), SystemExit(2)]
families = [LookupError, ArithmeticError, RuntimeError, NameError, OSError, ValueError, Exception, BaseException]
for e in errors:
    names = [f.__name__ for f in families if isinstance(e, f)]
    print(type(e).__name__, names)
for e in errors[:6]:
    try:
        raise e
    except LookupError:
        print("lookup", repr(e))
    except ArithmeticError as caught:
        print("arith", repr(caught), caught is e)
    except Exception as other:
        print("other", type(other).__name__, other.args)
try:
    raise SystemExit(0)
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
print(issubclass(KeyError, LookupError), issubclass(bool, int), KeyError.__mro__[1].__name__)
print(str(KeyError("k")), str(KeyError()), repr(ValueError()), repr(ValueError(1, "x")), str(OSError(2, "nf")))
