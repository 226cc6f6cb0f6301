# Keyword arguments to methods of standard-library objects: taken where CPython takes them,
# refused with CPython's TypeError where it does not (never silently dropped).
import io
import re
from collections import Counter, deque
from datetime import datetime, date

words = Counter("the cat and the hat and the bat".split())
print(words.most_common(n=2), words.most_common(n=None)[:1], words.most_common(1))
stamp = datetime(2024, 3, 5, 14, 30, 15)
print(stamp.isoformat(sep=" "), stamp.isoformat(timespec="minutes"), stamp.replace(hour=1, second=0))
print(date(2024, 1, 31).replace(month=2, day=29), deque([1, 2, 3], maxlen=2))
m = re.match(r"(\w+)(-\d+)?", "abc")
print(m.groups(default="?"), re.sub(r"a", "b", "aaa", count=2), re.split(r",", "a,b,c", maxsplit=1))

calls = [
    lambda: words.most_common(k=1),
    lambda: deque([1, 2]).rotate(n=1),
    lambda: deque([1]).append(x=2),
    lambda: io.StringIO("abc").read(size=1),
    lambda: m.start(group=0),
    lambda: date(2024, 1, 1).weekday(x=1),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
