class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, name, wanted, have):
        super().__init__(f"{name}: wanted {wanted}, have {have}")
        self.name = name


class UnknownItem(InventoryError, KeyError):
    pass
