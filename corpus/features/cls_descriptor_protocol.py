# User-defined descriptors: __set_name__ when the class is made, __get__ on reads (from an
# instance and from the class), __set__/__delete__ on writes; a data descriptor wins over the
# instance dict, a non-data one (only __get__) loses to it (the caching-property idiom).
class Positive:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)


class Cached:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner):
        if obj is None:
            return "Cached(" + self.fn.__name__ + ")"
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Product:
    price = Positive()
    qty = Positive()

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    @Cached
    def total(self):
        print("computing total")
        return self.price * self.qty


p = Product("pen", 1.5, 10)
print(p.price, p.qty, sorted(vars(p)))
print(p.total, p.total)
print(type(Product.price).__name__, Product.total)
p.__dict__["price"] = 99
print(p.price)
try:
    p.qty = 0
except ValueError as e:
    print("ValueError:", e)
del p.qty
print(hasattr(p, "_qty"))


class Sub(Product):
    weight = Positive()


s = Sub("box", 2, 3)
s.weight = 4
print(s.price * s.qty * s.weight)
