# The runtime side of GeneratorRewrite's protocol, written in Python so that CPython can run
# rewritten programs in tests (pyrt implements the same in src/value/generator.rs).
import builtins


class generator:
    def __init__(self, resume, done, name, qualname):
        self._resume, self._done = resume, done
        self.__name__, self.__qualname__ = name, qualname
        self._started = self._finished = self._running = False

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _step(self, mode, arg):
        if self._running:
            raise ValueError("generator already executing")
        self._started = self._running = True
        try:
            while True:
                r = self._resume(mode, arg)
                if r is self._done:
                    mode, arg = 0, None
                    continue
                if type(r) is tuple and len(r) == 2 and r[0] is self._done:
                    self._finished = True
                    return True, r[1]
                return False, r
        except StopIteration as e:
            self._finished = True
            raise RuntimeError("generator raised StopIteration") from e
        except BaseException:
            self._finished = True
            raise
        finally:
            self._running = False

    def _result(self, finished, v):
        if finished:
            raise StopIteration if v is None else StopIteration(v)
        return v

    def send(self, value):
        if self._running:
            raise ValueError("generator already executing")
        if self._finished:
            raise StopIteration
        if not self._started and value is not None:
            raise TypeError("can't send non-None value to a just-started generator")
        return self._result(*self._step(0, value))

    def throw(self, typ, val=None, tb=None):
        if isinstance(typ, type):
            exc = val if isinstance(val, typ) else typ() if val is None else typ(val)
        else:
            exc = typ
        if self._running:
            raise ValueError("generator already executing")
        if not self._started or self._finished:
            self._finished = True
            raise exc
        return self._result(*self._step(1, exc))

    def close(self):
        if self._running:
            raise ValueError("generator already executing")
        if not self._started or self._finished:
            self._finished = True
            return None
        try:
            finished, _ = self._step(1, GeneratorExit())
        except GeneratorExit:
            return None
        if not finished:
            raise RuntimeError("generator ignored GeneratorExit")
        return None

    def __del__(self):
        if self._started and not self._finished:
            self.close()


def delegate(it, mode, arg):
    if mode:
        if isinstance(arg, GeneratorExit):
            close = getattr(it, "close", None)
            if close is not None:
                close()
            raise arg
        throw = getattr(it, "throw", None)
        if throw is None:
            raise arg
        return throw(arg)
    if arg is None:
        return next(it)
    return it.send(arg)


builtins.__portalis_gen__ = generator
builtins.__portalis_delegate__ = delegate
builtins.__portalis_iter__ = iter
builtins.__portalis_next__ = next


class handling:
    """Python code cannot put an exception on CPython's own exc_info stack, so here it does
    nothing: sys.exc_info() inside a yielding except block differs under this prelude (pyrt's
    manager does push it)."""

    def __init__(self, exc):
        self.exc = exc

    def __enter__(self):
        return None

    def __exit__(self, *exc_info):
        return False


builtins.__portalis_handling__ = handling


def with_enter(mgr):
    """`with`'s entry: __enter__ and __exit__ found on the type, both before __enter__ runs."""
    cls = type(mgr)
    if not hasattr(cls, "__enter__"):
        raise TypeError(f"'{cls.__name__}' object does not support the context manager protocol")
    if not hasattr(cls, "__exit__"):
        raise TypeError(f"'{cls.__name__}' object does not support the context manager protocol "
                        "(missed __exit__ method)")
    return cls.__enter__(mgr)


def with_exit(mgr, typ, value, traceback):
    return type(mgr).__exit__(mgr, typ, value, traceback)


builtins.__portalis_with_enter__ = with_enter
builtins.__portalis_with_exit__ = with_exit
