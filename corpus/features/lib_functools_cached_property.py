# functools.cached_property: computed on first read, then found in the instance dict;
# assigning or deleting the attribute works as for a plain attribute; the class sees the
# descriptor itself.
from functools import cached_property


class Dataset:
    def __init__(self, xs):
        self.xs = xs

    @cached_property
    def stats(self):
        """Minimum, maximum and mean."""
        print("computing stats")
        return (min(self.xs), max(self.xs), sum(self.xs) / len(self.xs))


d = Dataset([3, 1, 4, 1, 5])
print(d.stats)
print(d.stats, "stats" in vars(d))
d.stats = "overridden"
print(d.stats)
del d.stats
print(d.stats)
print(type(Dataset.stats).__name__, Dataset.stats.__doc__)
e = Dataset([10])
print(e.stats[2], d.stats is not e.stats)
