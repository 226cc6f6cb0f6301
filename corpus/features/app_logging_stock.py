import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("inventory")


def restock(stock, item, qty):
    if qty <= 0:
        log.warning("ignoring non-positive restock of %s: %d", item, qty)
        return
    stock[item] = stock.get(item, 0) + qty
    log.debug("restocked %s", item)
    log.info("restocked %s to %d", item, stock[item])


def sell(stock, item, qty):
    have = stock.get(item, 0)
    if have < qty:
        log.error("cannot sell %d %s (have %d)", qty, item, have)
        return False
    stock[item] = have - qty
    return True


def main():
    stock = {}
    restock(stock, "apple", 10)
    restock(stock, "pear", 0)
    ok = sell(stock, "apple", 4)
    bad = sell(stock, "kiwi", 1)
    print(stock, ok, bad)
    logging.info("root logger message")
    logging.warning("root warning %s", "here")
    log.setLevel(logging.ERROR)
    restock(stock, "apple", 1)
    log.critical("done with %d items", len(stock))
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("division failed")
    print("finished")
    return 0


sys.exit(main())
