# A package with __init__, submodules, a subpackage and relative imports.
import shop.cart
import shop.sub.tax as tax
from shop import pricing
from shop.sub.tax import rate

print("shop attrs:", shop.NAME, shop.cart.Cart.__module__)
c = shop.cart.Cart()
c.add("apple", 3)
c.add("pear", 2)
print("total:", c.total())
print("tax:", tax.rate("food"), rate("tools"), pricing.price("apple"))
print("same module:", shop.sub.tax is tax, shop.pricing is pricing)
print(shop.__name__, shop.cart.__name__, tax.__name__)
