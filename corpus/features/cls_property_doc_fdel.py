class Account:
    """A bank account."""

    def __init__(self, owner):
        self._owner = owner
        self._pin = 1234

    @property
    def owner(self):
        """The account holder's name."""
        return self._owner

    @owner.setter
    def owner(self, value):
        self._owner = value.title()

    def _get_pin(self):
        return "*" * len(str(self._pin))

    def _set_pin(self, v):
        self._pin = v

    def _del_pin(self):
        print("pin erased")
        self._pin = 0

    pin = property(_get_pin, _set_pin, _del_pin, "The masked PIN.")
    nodoc = property(lambda self: 1)

for name in ("owner", "pin", "nodoc"):
    p = getattr(Account, name)
    print(name, type(p).__name__, repr(p.__doc__), p.fget is not None, p.fset is not None, p.fdel is not None)
a = Account("ann lee")
a.owner = "bob ray"
a.pin = 98765
print(a.owner, a.pin, Account.__doc__)
del a.pin
print(a.pin, a._pin)
try:
    del a.owner
except AttributeError as e:
    print("AttributeError:", e)
help_lines = [f"{n}: {getattr(Account, n).__doc__}" for n in sorted(vars(a)) if False]
print(help_lines)
