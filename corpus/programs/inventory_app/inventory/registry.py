from .errors import OutOfStock, UnknownItem

_items = {}


def add(item):
    _items[item.name] = item


def count():
    return len(_items)


def find(name):
    if name not in _items:
        raise UnknownItem(name)
    return _items[name]


def take(name, n):
    item = find(name)
    if item.quantity < n:
        raise OutOfStock(name, n, item.quantity)
    item.quantity -= n


def all_items():
    yield from sorted(_items.values(), key=lambda i: i.name)
