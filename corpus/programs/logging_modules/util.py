import logging

log = logging.getLogger(__name__)


def add_all(values):
    total = 0
    for v in values:
        log.debug("adding %d", v)
        total += v
    return total
