import io
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s %(filename)s:%(lineno)d %(funcName)s %(module)s | %(message)s")
log = logging.getLogger("app")


def compute(x):
    log.debug("computing %d", x)
    result = x * 2
    if result > 5:
        log.warning("large result %d", result)
    return result


class Service:
    def start(self):
        log.info("starting")
        helper = lambda: log.info("from a lambda")
        helper()
        return [log.debug("in a comprehension %d", i) for i in range(2)]

    log.info("class body")


def outer():
    def inner():
        logging.error("module-level function call")
    inner()
    log.info("value %s", compute(3))


log.info("top level")
compute(1)
compute(4)
Service().start()
outer()
gen = list(log.info("genexpr item %d", i) for i in range(1))
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("{funcName}@{lineno}: {message}", style="{"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False


def report():
    other.error("into a buffer")
    other.log(logging.CRITICAL,
              "spread over lines")


report()
print(buf.getvalue(), end="")


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.seen = []

    def emit(self, record):
        self.seen.append((record.funcName, record.lineno, record.module, record.getMessage()))


c = Collect()
quiet = logging.getLogger("quiet")
quiet.addHandler(c)
quiet.propagate = False


def work():
    quiet.warning("collected")


work()
quiet.info("not at level? %s", quiet.getEffectiveLevel())
print(c.seen)
