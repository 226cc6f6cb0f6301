"""Event-driven simulation of a job scheduler with priorities, generators and match."""
import heapq
import bisect
from dataclasses import dataclass, field
from collections import namedtuple, OrderedDict, ChainMap
from typing import NamedTuple


@dataclass(order=True)
class Job:
    priority: int
    arrival: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)
    deps: tuple = field(compare=False, default=())


class Event(NamedTuple):
    time: int
    kind: str
    job: str


Span = namedtuple("Span", "start end")


def ticker(start=0, step=1):
    t = start
    while True:
        cmd = yield t
        if cmd == "reset":
            t = start
        elif isinstance(cmd, int):
            t += cmd
        else:
            t += step


def run(jobs, workers=2):
    pending = {j.name: j for j in jobs}
    done = set()
    ready = []
    events = []
    busy = []  # (finish, worker, job)
    free = list(range(workers))
    clock = 0
    log = []
    while pending or ready or busy:
        for name in sorted(pending):
            j = pending[name]
            if j.arrival <= clock and all(d in done for d in j.deps):
                heapq.heappush(ready, j)
                del pending[name]
        while ready and free:
            job = heapq.heappop(ready)
            w = free.pop(0)
            heapq.heappush(busy, (clock + job.duration, w, job.name))
            events.append(Event(clock, "start", job.name))
            log.append((w, job.name, Span(clock, clock + job.duration)))
        if not busy:
            clock = min(j.arrival for j in pending.values()) if pending else clock
            continue
        clock, w, name = heapq.heappop(busy)
        done.add(name)
        bisect.insort(free, w)
        events.append(Event(clock, "finish", name))
        while busy and busy[0][0] == clock:
            _, w2, n2 = heapq.heappop(busy)
            done.add(n2)
            bisect.insort(free, w2)
            events.append(Event(clock, "finish", n2))
    return events, log


def describe(ev):
    match ev:
        case Event(time=0, kind="start", job=j):
            return f"{j} starts immediately"
        case Event(t, "start", j) if t > 5:
            return f"{j} starts late at {t}"
        case Event(t, "start", j):
            return f"{j} starts at {t}"
        case Event(t, "finish", j):
            return f"{j} done at {t}"
        case _:
            return "??"


def classify(obj):
    match obj:
        case {"type": "job", "name": str(name), **rest}:
            return f"job {name} with {sorted(rest)}"
        case {"type": t}:
            return f"other {t}"
        case [x, y, *rest] if not rest:
            return f"pair {x},{y}"
        case [first, *_, last]:
            return f"seq {first}..{last}"
        case (int() | float()) as n if n < 0:
            return "negative"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string of {len(s)}"
        case None:
            return "nothing"
    return "unknown"


jobs = [
    Job(2, 0, "compile", 3),
    Job(1, 0, "fetch", 2),
    Job(3, 1, "lint", 1),
    Job(1, 2, "test", 4, ("compile",)),
    Job(2, 3, "docs", 2, ("fetch",)),
    Job(0, 9, "deploy", 1, ("test", "docs", "lint")),
]
events, log = run(jobs)
for ev in events:
    print(f"{ev.time:>3} {ev.kind:<6} {ev.job:<8} | {describe(ev)}")
for w, name, span in sorted(log):
    print(f"worker {w}: {name:<8} {span.start:>2}-{span.end:<2} {'=' * (span.end - span.start)}")
print(max(log, key=lambda x: x[2].end), sorted(jobs)[:2])
print(Job(1, 2, "a") < Job(1, 3, "b"), Job(1, 2, "a") == Job(1, 2, "zzz"), Span(1, 2)._replace(end=5), Span._fields)
print(Event(1, "x", "y")._asdict(), events[0] == (0, "start", "fetch"), tuple(events[0]))
t = ticker(10, 5)
print(next(t), t.send(None), t.send(100), t.send("reset"), next(t))
t.close()
for o in [{"type": "job", "name": "x", "b": 1, "a": 2}, {"type": 3}, [1, 2], [1, 2, 3, 4], (5,), -2.5, 7, "hey", None, {}]:
    print(classify(o))
cache = OrderedDict()
for key in "abcabdeb":
    if key in cache:
        cache.move_to_end(key)
    cache[key] = cache.get(key, 0) + 1
    if len(cache) > 3:
        cache.popitem(last=False)
print(cache, list(cache))
defaults = {"workers": 2, "verbose": False}
cm = ChainMap({"verbose": True}, defaults)
print(cm["workers"], cm["verbose"], dict(cm), len(cm))
first, *middle, last = [e.job for e in events]
print(first, middle[:3], last)
(a, b), *rest = [(1, 2), (3, 4), (5, 6)]
print(a, b, rest, [*range(3), *"ab"], {**defaults, "x": 1}, *sorted({3, 1, 2}))
if (n := len(events)) > 10:
    print(f"{n} events; {[y for x in range(5) if (y := x * x) % 2]}")
print(0 < len(events) <= 12 != 13, 1 < 2 > 1 == 1, "a" < "b" < "c" < "b")
