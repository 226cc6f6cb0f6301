from abc import ABC, abstractmethod


class Plugin(ABC):
    @abstractmethod
    def run(self, data):
        ...

    def describe(self):
        return type(self).__name__ + " plugin"


class Upper(Plugin):
    def run(self, data):
        return data.upper()


class Reverse(Plugin):
    def run(self, data):
        return data[::-1]


try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)
pipeline = [Upper(), Reverse(), Upper()]
value = "hello abc"
for p in pipeline:
    value = p.run(value)
    print(p.describe(), "->", value)
print(isinstance(pipeline[0], Plugin), issubclass(Reverse, ABC))
