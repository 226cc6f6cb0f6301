"""A small stream-processing toolkit: coroutines, custom sequences and error handling."""
from __future__ import annotations

import itertools
from contextlib import nullcontext, contextmanager
from dataclasses import dataclass
from typing import Iterable, Iterator, Generator, Sequence, overload


class PipelineError(Exception):
    """Base error for the toolkit."""


class StageError(PipelineError):
    def __init__(self, stage: str, item: object) -> None:
        super().__init__(f"stage {stage!r} failed on {item!r}")
        self.stage = stage
        self.item = item


class Window(Sequence[float]):
    """A fixed-size sliding window of readings."""

    def __init__(self, size: int, values: Iterable[float] = ()) -> None:
        self.size = size
        self._data: list[float] = []
        for v in values:
            self.push(v)

    def push(self, value: float) -> None:
        self._data.append(value)
        if len(self._data) > self.size:
            del self._data[0]

    @overload
    def __getitem__(self, index: int) -> float: ...
    @overload
    def __getitem__(self, index: slice) -> Window: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Window(self.size, self._data[index])
        return self._data[index]

    def __len__(self) -> int:
        return len(self._data)

    def __bool__(self) -> bool:
        return len(self) == self.size

    def __repr__(self) -> str:
        return f"Window({self.size}, {self._data})"

    def mean(self) -> float:
        return sum(self) / len(self) if self else float("nan")


class Threshold:
    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.calls = 0

    def __call__(self, value: float) -> bool:
        self.calls += 1
        return value > self.limit


def averager() -> Generator[float | None, float, int]:
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print(f"  averager skipped: {e}")
            continue
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count


def delegate(results: list[int]) -> Generator[float | None, float, None]:
    while True:
        n = yield from averager()
        results.append(n)
        if len(results) >= 2:
            return


def chunks(it: Iterable[int], n: int) -> Iterator[tuple[int, ...]]:
    iterator = iter(it)
    while batch := tuple(itertools.islice(iterator, n)):
        yield batch


class Countdown:
    def __init__(self, start: int) -> None:
        self.current = start

    def __iter__(self) -> Countdown:
        return self

    def __next__(self) -> int:
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


@dataclass
class Reading:
    sensor: str
    value: float


@contextmanager
def stage(name: str, item: object):
    try:
        yield
    except (ZeroDivisionError, KeyError) as e:
        raise StageError(name, item) from e


def process(readings: list[Reading], calibration: dict[str, float]) -> list[float]:
    out: list[float] = []
    errors: list[Exception] = []
    for r in readings:
        try:
            with stage("calibrate", r.sensor):
                factor = calibration[r.sensor]
            with stage("scale", r.value):
                out.append(round(r.value / factor, 3))
        except StageError as e:
            e.add_note(f"reading={r}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("some readings failed", errors)
    return out


def main() -> None:
    w = Window(3, [1.0, 2.0])
    print(w, bool(w), len(w), w.mean())
    for v in (4.0, 8.0, 16.0):
        w.push(v)
    print(w, bool(w), w[-1], w[:2], w[::-1], w.mean(), 8.0 in w, w.index(16.0), w.count(8.0))
    print(list(reversed(w)), max(w), sorted(w, reverse=True))

    t = Threshold(5)
    print(list(filter(t, [3, 7, 5, 9])), t.calls)

    avg = averager()
    print(next(avg), avg.send(10), avg.send(20))
    avg.throw(ValueError("bad sample"))
    print(avg.send(30))
    try:
        avg.send(None)
    except StopIteration as stop:
        print("count:", stop.value)

    results: list[int] = []
    d = delegate(results)
    next(d)
    for v in (1, 2, 3, None, 5, None):
        try:
            print("->", d.send(v))
        except StopIteration:
            print("delegate finished")
    print(results)

    g = averager()
    next(g)
    g.send(4)
    g.close()
    print("closed", g.gi_frame is None if hasattr(g, "gi_frame") else True)

    print(list(chunks(range(7), 3)), list(Countdown(3)), sum(Countdown(4)))
    print(list(itertools.chain.from_iterable(chunks(Countdown(5), 2))))

    readings = [Reading("a", 10), Reading("b", 3), Reading("c", 4), Reading("z", 1)]
    try:
        process(readings, {"a": 2.0, "b": 0.0, "c": 8.0})
    except* StageError as group:
        for e in group.exceptions:
            print(type(e).__name__, e, "|", type(e.__cause__).__name__, e.__notes__)
    print(process(readings[:1], {"a": 4.0}))

    verbose = False
    with (open("/dev/null") if verbose else nullcontext("quiet")) as mode:
        print("mode:", mode)
    pairs = list(itertools.zip_longest("abc", [1, 2], fillvalue="-"))
    print(pairs, list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
    print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
    print([list(g) for _, g in itertools.groupby("aabbbc")], list(itertools.batched(range(5), 2)))


main()
