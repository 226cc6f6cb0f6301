# Classes deriving from Counter, defaultdict, OrderedDict and set.
from collections import Counter, OrderedDict, defaultdict


class WordCount(Counter):
    def top(self, n=1):
        return [word for word, _ in self.most_common(n)]

    def share(self, word):
        return self[word] / sum(self.values())


words = WordCount("the cat and the hat and the bat".split())
print(words.top(2), words["the"], words["zebra"], len(words), round(words.share("and"), 3))
print(words, isinstance(words, Counter), isinstance(words, dict), type(words).__name__)
words.update(["cat", "cat"])
print(words.most_common(3), sorted(words.elements())[:4])


class Registry(defaultdict):
    def __init__(self):
        super().__init__(list)

    def register(self, kind, name):
        self[kind].append(name)
        return self


handlers = Registry().register("click", "on_click").register("click", "log").register("key", "on_key")
print(dict(handlers), handlers["scroll"], sorted(handlers), len(handlers), isinstance(handlers, defaultdict))


class LRUCache(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key, default=None):
        if key not in self:
            return default
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)


cache = LRUCache(2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.get("a"), cache.get("zz", "miss"))
cache.put("c", 3)
print(list(cache.items()), cache.capacity, list(cache))


class Tags(set):
    def add_all(self, *items):
        for item in items:
            self.add(item)
        return self


tags = Tags([3, 1]).add_all(2, 3)
print(sorted(tags), len(tags), 2 in tags, type(tags | {9}).__name__, sorted(tags & {1, 9}), isinstance(tags, set), tags == {1, 2, 3})
tags |= {7}
tags.discard(1)
print(sorted(tags), type(tags).__name__, Tags() == set(), bool(Tags()))


# Generic aliases as bases derive from the built-in type.
from typing import Dict, List


class Scores(Dict[str, int]):
    def best(self):
        return max(self, key=self.__getitem__)


class Readings(list[float]):
    def mean(self):
        return sum(self) / len(self)


class Lines(List[str]):
    pass


print(Scores(ann=3, bob=5).best(), Readings([1.0, 2.0, 4.5]).mean(), Lines(["a"]) + ["b"], isinstance(Lines(), list))
try:
    class BadError(Exception, dict):
        pass
except TypeError as e:
    print("TypeError:", e)
