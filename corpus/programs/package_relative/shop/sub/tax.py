from ..pricing import PRICES
from .. import NAME
print("shop.sub.tax loading", NAME, len(PRICES))
RATES = {"food": 10, "tools": 20}


def rate(kind):
    return RATES[kind]
