import logging
import sys
import io

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("app")
db = logging.getLogger("app.db")
print(log, db, logging.getLogger(), db.parent is log, log.parent is logging.root)
log.debug("starting with %d workers", 4)
db.info("connected to %s:%d", "localhost", 5432)
db.warning("slow query took %.2fs", 1.23456)
log.error("failed: %r", {"code": 7})
log.info("mapping %(a)s and %(b)s", {"a": 1, "b": 2})
log.setLevel(logging.WARNING)
db.info("hidden: effective level is %s", logging.getLevelName(db.getEffectiveLevel()))
db.warning("shown at %s", logging.getLevelName(db.getEffectiveLevel()))
print(log.isEnabledFor(logging.INFO), db.isEnabledFor(logging.ERROR), logging.getLevelName(25), logging.getLevelName("INFO"))

buf = io.StringIO()
handler = logging.StreamHandler(buf)
handler.setFormatter(logging.Formatter("[{levelname}] {name} | {message}", style="{"))
handler.setLevel(logging.ERROR)
audit = logging.getLogger("audit")
audit.addHandler(handler)
audit.propagate = False
audit.setLevel(logging.INFO)
audit.info("not at error level")
audit.error("disk %s is %d%% full", "/dev/sda1", 93)
audit.critical("shutting down")
print(repr(buf.getvalue()))


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, record.name, self.format(record)))


lh = ListHandler()
lh.setFormatter(logging.Formatter("%(name)s/%(levelno)d/%(message)s"))
svc = logging.getLogger("svc")
svc.addHandler(lh)
svc.propagate = False
svc.warning("w%d", 1)
svc.log(logging.ERROR, "custom level log")
svc.info("below root level? %s", "no: svc has no level, root is DEBUG")
print(lh.records)
child = svc.getChild("worker")
child.error("from child")
print(child.name, len(lh.records), lh.records[-1])
logging.disable(logging.ERROR)
svc.error("disabled")
logging.disable(logging.NOTSET)
svc.error("enabled again")
print(len(lh.records))
try:
    log.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
logging.warning("root warning %s", "via module function")
logging.info("root info")
print(logging.root.handlers[0].level, logging.root.level, logging.DEBUG, logging.CRITICAL)
null = logging.getLogger("quiet")
null.addHandler(logging.NullHandler())
null.propagate = False
null.error("goes nowhere")
print("done")
