"""Resource management: transactional context managers, ExitStack, exception groups."""
from __future__ import annotations

from contextlib import ExitStack, contextmanager, closing, suppress, AbstractContextManager
from dataclasses import dataclass, field
from typing import Iterator, Self


class ResourceError(Exception):
    pass


class ConnectionLost(ResourceError):
    pass


class QuotaExceeded(ResourceError):
    def __init__(self, used: int, limit: int) -> None:
        super().__init__(f"quota exceeded: {used}/{limit}")
        self.used, self.limit = used, limit


@dataclass
class Connection:
    name: str
    log: list[str]
    open: bool = False
    sent: list[str] = field(default_factory=list)

    def __enter__(self) -> Self:
        self.open = True
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        self.open = False
        status = "ok" if exc is None else f"{exc_type.__name__}: {exc}"
        self.log.append(f"close {self.name} ({status})")
        return isinstance(exc, ConnectionLost)

    def send(self, msg: str) -> None:
        if not self.open:
            raise ResourceError(f"{self.name} is closed")
        if msg == "boom":
            raise ConnectionLost(f"{self.name} dropped")
        self.sent.append(msg)

    def close(self) -> None:
        self.log.append(f"closing() {self.name}")


class Transaction(AbstractContextManager):
    def __init__(self, store: dict[str, int]) -> None:
        self.store = store
        self.snapshot: dict[str, int] | None = None

    def __enter__(self) -> Transaction:
        self.snapshot = dict(self.store)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
        return None


@contextmanager
def quota(limit: int) -> Iterator[list[int]]:
    usage: list[int] = []
    yield usage
    if (used := sum(usage)) > limit:
        raise QuotaExceeded(used, limit)


def transfer(store: dict[str, int], src: str, dst: str, amount: int) -> None:
    with Transaction(store):
        store[src] -= amount
        store[dst] = store.get(dst, 0) + amount
        if store[src] < 0:
            raise ValueError(f"insufficient funds in {src}: {store[src] + amount} < {amount}")


def run_batch(jobs: list[tuple[str, int]]) -> list[str]:
    errors: list[Exception] = []
    done: list[str] = []
    for name, size in jobs:
        try:
            if size < 0:
                raise ValueError(f"{name}: negative size {size}")
            if size > 100:
                raise QuotaExceeded(size, 100)
            done.append(name)
        except (ValueError, ResourceError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} job(s) failed", errors)
    return done


def main() -> None:
    log: list[str] = []
    with Connection("db", log) as db:
        db.send("hello")
        db.send("boom")
        db.send("never")
    print(db.sent, db.open, log)

    try:
        with Connection("api", log) as api:
            api.send("x")
            raise KeyError("missing")
    except KeyError as e:
        print("escaped:", repr(e))
    try:
        api.send("late")
    except ResourceError as e:
        print(e)

    log.clear()
    with ExitStack() as stack:
        conns = [stack.enter_context(Connection(n, log)) for n in ("a", "b", "c")]
        stack.callback(log.append, "callback")
        with closing(Connection("raw", log)):
            pass
        print([c.open for c in conns])
    print(log)

    log.clear()
    with ExitStack() as outer:
        keep = Connection("kept", log)
        outer.enter_context(keep)
        moved = outer.pop_all()
    print(keep.open, log)
    moved.close()
    print(keep.open, log)

    store = {"alice": 100, "bob": 20}
    transfer(store, "alice", "bob", 30)
    try:
        transfer(store, "bob", "carol", 80)
    except ValueError as e:
        print(e)
    print(store)

    for limit in (10, 3):
        try:
            with quota(limit) as usage:
                usage.extend([2, 3])
            print("within quota", limit)
        except QuotaExceeded as e:
            print(e, e.used, e.limit)

    with suppress(ConnectionLost):
        raise ConnectionLost("ignored")

    try:
        run_batch([("a", 5), ("b", -1), ("c", 500), ("d", 7)])
    except* QuotaExceeded as eg:
        print("quota:", [str(e) for e in eg.exceptions])
    except* ValueError as eg:
        print("value:", [str(e) for e in eg.exceptions], eg.message)
    print(run_batch([("x", 1)]))

    try:
        try:
            run_batch([("p", -5), ("q", 1000)])
        except ExceptionGroup as eg:
            quota_part, rest = eg.split(QuotaExceeded)
            print(repr(quota_part.exceptions[0]), rest.exceptions, str(eg))
            raise RuntimeError("batch failed") from eg
    except RuntimeError as e:
        print(e, "<-", type(e.__cause__).__name__, len(e.__cause__.exceptions))

    size = 42
    name = "job"
    print(f"{size=}, {name=!r:>8}, {size * 2 = :05d}, {name!s:^7}|")


main()
