print("shop package init")
NAME = "shop"
from .pricing import price
