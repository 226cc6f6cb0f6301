import enum
import heapq
import itertools
from collections import Counter, OrderedDict, deque
from typing import Dict, List, Optional


class State(enum.Enum):
    NEW = "new"
    OPEN = "open"
    BLOCKED = "blocked"
    RESOLVED = "resolved"
    CLOSED = "closed"

    def __str__(self):
        return self.value.upper()


TRANSITIONS = {
    State.NEW: {State.OPEN, State.CLOSED},
    State.OPEN: {State.BLOCKED, State.RESOLVED},
    State.BLOCKED: {State.OPEN},
    State.RESOLVED: {State.CLOSED, State.OPEN},
    State.CLOSED: set(),
}


class TransitionError(RuntimeError):
    pass


class Ticket:
    _ids = itertools.count(1)

    def __init__(self, title: str, priority: int = 3, tags=()):
        self.id = next(Ticket._ids)
        self.title = title
        self.priority = priority
        self.tags = set(tags)
        self.state = State.NEW
        self.history: List[State] = [State.NEW]

    def move(self, new: State) -> "Ticket":
        if new not in TRANSITIONS[self.state]:
            raise TransitionError(f"#{self.id}: cannot go from {self.state} to {new}")
        self.state = new
        self.history.append(new)
        return self

    def __lt__(self, other):
        return (self.priority, self.id) < (other.priority, other.id)

    def __repr__(self):
        return f"Ticket(#{self.id} p{self.priority} {self.state.name} {self.title!r})"


class LRUCache(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.capacity:
            oldest = next(iter(self))
            del self[oldest]


class Queue:
    def __init__(self):
        self._heap: List[Ticket] = []
        self.by_id: Dict[int, Ticket] = {}
        self.recent = deque(maxlen=3)
        self.cache = LRUCache(2)

    def submit(self, *tickets: Ticket):
        for t in tickets:
            heapq.heappush(self._heap, t)
            self.by_id[t.id] = t
            self.recent.append(t.id)

    def pop(self) -> Optional[Ticket]:
        while self._heap:
            t = heapq.heappop(self._heap)
            if t.state is State.NEW:
                return t
        return None

    def lookup(self, tid):
        try:
            return self.cache[tid]
        except KeyError:
            t = self.by_id[tid]
            self.cache[tid] = t
            return t

    def stats(self):
        return Counter(t.state for t in self.by_id.values())


q = Queue()
q.submit(Ticket("login broken", 1, ["auth", "web"]), Ticket("typo on page", 5, ["web"]),
         Ticket("slow report", 2, {"db"}), Ticket("add dark mode", 4))
q.submit(Ticket("crash on save", 1, ("core",)))
print(list(q.recent))

worked = []
while (t := q.pop()) is not None:
    worked.append(t)
    t.move(State.OPEN)
print([t.id for t in worked])

script = [(1, State.RESOLVED), (3, State.BLOCKED), (2, State.CLOSED), (3, State.RESOLVED),
          (3, State.OPEN), (1, State.CLOSED), (5, State.NEW), (3, State.RESOLVED), (1, State.OPEN)]
for tid, new in script:
    try:
        q.lookup(tid).move(new)
        print("ok", tid, "->", new)
    except TransitionError as e:
        print("error:", e)
print(list(q.cache.keys()))
for t in sorted(q.by_id.values()):
    print(t, " > ".join(map(str, t.history)))

stats = q.stats()
for state in State:
    print(f"{state.name:<9}{stats[state]}")
print(stats.most_common(1)[0][0].name)
tags = Counter(tag for t in q.by_id.values() for tag in sorted(t.tags))
print(sorted(tags.items()))
print(sorted({tag for t in q.by_id.values() for tag in t.tags}))
grouped = {}
for t in q.by_id.values():
    grouped.setdefault(t.state.name, []).append(t.id)
print(grouped)
print(State("open"), State.OPEN.name, repr(State.CLOSED), State.OPEN in TRANSITIONS[State.BLOCKED])
print(sorted(s.name for s in TRANSITIONS[State.RESOLVED]))
print(heapq.nsmallest(2, q.by_id.values()), min(q.by_id.values()).title)
