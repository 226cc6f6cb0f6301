import logging

log = logging.getLogger("store")


class Store:
    def put(self, key, value):
        log.info("put %s=%r", key, value)


def save(key, value):
    Store().put(key, value)
    logging.info("saved through the root logger")
