from collections import defaultdict
from typing import Callable, Dict, List, Any
import functools


class EventBus:
    def __init__(self):
        self._handlers: Dict[str, List[Callable[..., Any]]] = defaultdict(list)
        self.fired = 0

    def on(self, event: str):
        def decorator(fn):
            self._handlers[event].append(fn)
            return fn
        return decorator

    def subscribe(self, event, handler):
        self._handlers[event].append(handler)
        return lambda: self._handlers[event].remove(handler)

    def emit(self, event, *args, **kwargs):
        self.fired += 1
        results = []
        for handler in list(self._handlers.get(event, ())):
            try:
                results.append(handler(*args, **kwargs))
            except Exception as exc:
                results.append(f"{type(exc).__name__}: {exc}")
        return results


bus = EventBus()


@bus.on("order")
def log_order(item, qty=1):
    return f"log {qty}x {item}"


@bus.on("order")
def check_stock(item, qty=1):
    if qty > 10:
        raise ValueError(f"too many {item}")
    return "ok"


class Counter:
    def __init__(self, name):
        self.name = name
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return f"{self.name}#{self.calls}"


counter = Counter("cnt")
unsub = bus.subscribe("order", counter)
print(bus.emit("order", "apple"))
print(bus.emit("order", "pear", qty=20))
unsub()
print(bus.emit("order", item="fig", qty=2))
print(bus.emit("nothing"))
print("fired", bus.fired, "counter calls", counter.calls)


class Observable:
    def __init__(self):
        self._observers = []

    def attach(self, obs):
        self._observers.append(obs)

    def notify(self, **change):
        for obs in self._observers:
            obs.update(self, **change)


class Thermostat(Observable):
    def __init__(self, target):
        super().__init__()
        self._temp = 20.0
        self.target = target

    @property
    def temp(self):
        return self._temp

    @temp.setter
    def temp(self, value):
        old, self._temp = self._temp, value
        if old != value:
            self.notify(old=old, new=value)


class Display:
    def __init__(self):
        self.lines = []

    def update(self, subject, old, new):
        arrow = "up" if new > old else "down"
        self.lines.append(f"{old:.1f} -> {new:.1f} ({arrow})")


class Heater:
    def __init__(self):
        self.on = False

    def update(self, subject, **change):
        self.on = change["new"] < subject.target


display, heater = Display(), Heater()
t = Thermostat(target=21)
t.attach(display)
t.attach(heater)
for value in [19.5, 19.5, 22.25, 20.0]:
    t.temp = value
    print(f"temp={t.temp} heater={'on' if heater.on else 'off'}")
print(*display.lines, sep="\n")


def memo_method(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(self, n):
        key = (id(self) * 0, n)
        if key not in cache:
            cache[key] = fn(self, n)
        return cache[key]
    wrapper.cache = cache
    return wrapper


class Fib:
    @memo_method
    def fib(self, n):
        """Fibonacci number."""
        return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)


f = Fib()
print(f.fib(80), Fib.fib.__name__, Fib.fib.__doc__, len(Fib.fib.cache))

handlers = {name: getattr(str, name) for name in ("upper", "title", "swapcase")}
for name, h in handlers.items():
    print(name, h("hello World"))

callbacks = []
for i in range(3):
    callbacks.append(lambda x, i=i: x * i)
print([cb(10) for cb in callbacks])
partial_emit = functools.partial(bus.emit, "order", qty=3)
print(partial_emit("kiwi"))
