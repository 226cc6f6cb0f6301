"""Ticket workflow: a state machine with Enum states, abstract notifiers and audit trail."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from enum import Enum
from operator import attrgetter, itemgetter
from typing import NamedTuple, Iterable
import heapq
import itertools


class State(Enum):
    NEW = "new"
    TRIAGED = "triaged"
    IN_PROGRESS = "in progress"
    BLOCKED = "blocked"
    DONE = "done"

    def can_go(self, target: State) -> bool:
        return target in TRANSITIONS.get(self, ())


TRANSITIONS: dict[State, tuple[State, ...]] = {
    State.NEW: (State.TRIAGED, State.DONE),
    State.TRIAGED: (State.IN_PROGRESS,),
    State.IN_PROGRESS: (State.BLOCKED, State.DONE),
    State.BLOCKED: (State.IN_PROGRESS,),
}


class InvalidTransition(Exception):
    def __init__(self, ticket: Ticket, target: State) -> None:
        self.ticket = ticket
        self.target = target
        super().__init__(f"#{ticket.id}: {ticket.state.value} -> {target.value} not allowed")


class Notifier(ABC):
    @property
    @abstractmethod
    def channel(self) -> str: ...

    @abstractmethod
    def send(self, message: str) -> None: ...

    def __call__(self, message: str) -> None:
        self.send(f"[{self.channel}] {message}")


class ConsoleNotifier(Notifier):
    channel = "console"

    def send(self, message: str) -> None:
        print("   ", message)


class Collector(Notifier):
    def __init__(self) -> None:
        self.outbox: list[str] = []

    @property
    def channel(self) -> str:
        return f"collector/{len(self.outbox)}"

    def send(self, message: str) -> None:
        self.outbox.append(message)


class HalfDone(Notifier):
    def send(self, message: str) -> None:
        pass


class Change(NamedTuple):
    ticket: int
    old: State
    new: State
    step: int

    def __str__(self) -> str:
        return f"#{self.ticket} {self.old.name}->{self.new.name} @{self.step}"


_ids = itertools.count(1)
_steps = itertools.count()


@dataclass
class Ticket:
    title: str
    priority: int = 3
    tags: set[str] = field(default_factory=set)
    id: int = field(default_factory=lambda: next(_ids))
    state: State = State.NEW
    history: list[Change] = field(default_factory=list, repr=False)

    def move(self, target: State, notify: Iterable[Notifier] = ()) -> Ticket:
        if not self.state.can_go(target):
            raise InvalidTransition(self, target)
        change = Change(self.id, self.state, target, next(_steps))
        self.history.append(change)
        self.state = target
        for n in notify:
            n(str(change))
        return self


class Board:
    def __init__(self, *notifiers: Notifier) -> None:
        self.tickets: dict[int, Ticket] = {}
        self.notifiers = notifiers

    def add(self, *tickets: Ticket) -> None:
        for t in tickets:
            self.tickets[t.id] = t

    def advance(self, tid: int, *states: State) -> None:
        t = self.tickets[tid]
        for s in states:
            t.move(s, self.notifiers)

    def queue(self) -> list[Ticket]:
        open_ = [(t.priority, t.id, t) for t in self.tickets.values() if t.state is not State.DONE]
        heapq.heapify(open_)
        return [heapq.heappop(open_)[2] for _ in range(len(open_))]

    def by_state(self) -> dict[str, list[int]]:
        ordered = sorted(self.tickets.values(), key=attrgetter("state.value", "id"))
        return {k: [t.id for t in g] for k, g in itertools.groupby(ordered, key=lambda t: t.state.value)}


def main() -> None:
    try:
        HalfDone()
    except TypeError as e:
        print("TypeError:", e)
    try:
        Notifier()
    except TypeError as e:
        print("TypeError:", e)

    collector = Collector()
    board = Board(ConsoleNotifier(), collector)
    board.add(
        Ticket("Login fails", 1, {"auth", "bug"}),
        Ticket("Add dark mode", 4, {"ui"}),
        Ticket("Slow search", 2),
        Ticket("Typo in footer", 5, {"ui", "trivial"}),
    )
    board.advance(1, State.TRIAGED, State.IN_PROGRESS, State.BLOCKED)
    board.advance(3, State.TRIAGED, State.IN_PROGRESS, State.DONE)
    board.advance(4, State.DONE)
    for tid, target in [(2, State.IN_PROGRESS), (4, State.TRIAGED), (1, State.DONE)]:
        try:
            board.advance(tid, target)
        except InvalidTransition as e:
            print("refused:", e, "| current:", e.ticket.state.name)

    print([t.title for t in board.queue()])
    print(board.by_state())
    print(collector.outbox[:2], collector.channel)
    print(board.tickets[2])
    t1 = board.tickets[1]
    print([str(c) for c in t1.history], t1.history[0])
    print(t1.history[-1]._asdict())
    latest = max((c for t in board.tickets.values() for c in t.history), key=itemgetter(3))
    print(latest, latest.new.can_go(State.NEW), State("blocked"), State["DONE"].value)
    ui = sorted((t for t in board.tickets.values() if "ui" in t.tags), key=attrgetter("priority"), reverse=True)
    print([(t.id, sorted(t.tags)) for t in ui])
    counts = {s.name: sum(1 for t in board.tickets.values() if t.state == s) for s in State}
    print(counts, State.NEW in TRANSITIONS, len(State))


main()
