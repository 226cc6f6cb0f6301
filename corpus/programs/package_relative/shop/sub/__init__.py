print("shop.sub init")
