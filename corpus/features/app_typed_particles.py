"""Typed classes: a particle simulation and an LRU cache, fully annotated."""
from typing import Optional


class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def add(self, o: "Vec") -> "Vec":
        return Vec(self.x + o.x, self.y + o.y)

    def scale(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __repr__(self) -> str:
        return f"Vec({self.x:.3f}, {self.y:.3f})"


class Particle:
    def __init__(self, name: str, pos: Vec, vel: Vec, mass: float) -> None:
        self.name = name
        self.pos = pos
        self.vel = vel
        self.mass = mass
        self.bounces = 0

    def step(self, dt: float, gravity: float) -> None:
        self.vel = self.vel.add(Vec(0.0, -gravity * dt))
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.y < 0.0:
            self.pos = Vec(self.pos.x, -self.pos.y)
            self.vel = Vec(self.vel.x, -self.vel.y * 0.8)
            self.bounces += 1

    def energy(self, gravity: float) -> float:
        v2 = self.vel.x * self.vel.x + self.vel.y * self.vel.y
        return 0.5 * self.mass * v2 + self.mass * gravity * self.pos.y


class Node:
    def __init__(self, key: int, value: str) -> None:
        self.key = key
        self.value = value
        self.prev: Optional[Node] = None
        self.next: Optional[Node] = None


class LRU:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.map: dict[int, Node] = {}
        self.head: Optional[Node] = None
        self.tail: Optional[Node] = None
        self.hits = 0
        self.misses = 0

    def _unlink(self, n: Node) -> None:
        if n.prev is not None:
            n.prev.next = n.next
        else:
            self.head = n.next
        if n.next is not None:
            n.next.prev = n.prev
        else:
            self.tail = n.prev
        n.prev = None
        n.next = None

    def _push_front(self, n: Node) -> None:
        n.next = self.head
        if self.head is not None:
            self.head.prev = n
        self.head = n
        if self.tail is None:
            self.tail = n

    def get(self, key: int) -> str:
        if key in self.map:
            n = self.map[key]
            self._unlink(n)
            self._push_front(n)
            self.hits += 1
            return n.value
        self.misses += 1
        return ""

    def put(self, key: int, value: str) -> None:
        if key in self.map:
            n = self.map[key]
            n.value = value
            self._unlink(n)
            self._push_front(n)
            return
        if len(self.map) >= self.capacity and self.tail is not None:
            old = self.tail
            self._unlink(old)
            del self.map[old.key]
        n = Node(key, value)
        self.map[key] = n
        self._push_front(n)

    def keys(self) -> list[int]:
        out: list[int] = []
        n = self.head
        while n is not None:
            out.append(n.key)
            n = n.next
        return out


def main() -> None:
    ps = [Particle("a", Vec(0.0, 10.0), Vec(1.0, 0.0), 1.0), Particle("b", Vec(5.0, 2.0), Vec(-0.5, 3.0), 2.5)]
    g = 9.81
    for t in range(200):
        for p in ps:
            p.step(0.01, g)
        if t % 50 == 0:
            print(t, [(p.name, p.pos, round(p.energy(g), 4)) for p in ps])
    for p in ps:
        print(p.name, p.pos, p.vel, p.bounces, f"{p.energy(g):.6f}")
    cache = LRU(3)
    for k in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
        if cache.get(k) == "":
            cache.put(k, "v" + str(k))
        print(k, cache.keys())
    print(cache.hits, cache.misses, sorted(cache.map.keys()))


main()
