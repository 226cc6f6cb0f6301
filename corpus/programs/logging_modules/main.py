import logging
import sys

import util
from store import db

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s %(name)s %(module)s %(filename)s:%(lineno)d %(funcName)s: %(message)s")
log = logging.getLogger(__name__)


def main():
    log.info("starting")
    total = util.add_all([1, 2, 3])
    db.save("key", total)
    log.info("done with %d", total)


main()
util.log.warning("from main, through util's logger")
