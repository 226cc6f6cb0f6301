from . import registry
from .models import Category


def lines():
    for item in registry.all_items():
        yield f"{item.name:<6}{item.category.value:>10}{item.quantity:>5}{item.value():>8.2f}"


def low_stock(limit=10):
    return [i.name for i in registry.all_items() if i.quantity < limit and i.category is not Category.HARDWARE]
