"""Turn-based arena simulation with plain annotated classes."""
from typing import List, Optional


class Stats:
    def __init__(self, hp: int, attack: int, defense: int, speed: int) -> None:
        self.hp = hp
        self.attack = attack
        self.defense = defense
        self.speed = speed

    def __add__(self, other: "Stats") -> "Stats":
        return Stats(self.hp + other.hp, self.attack + other.attack,
                     self.defense + other.defense, self.speed + other.speed)

    def __repr__(self) -> str:
        return f"Stats(hp={self.hp}, atk={self.attack}, def={self.defense}, spd={self.speed})"


class Item:
    def __init__(self, name: str, bonus: Stats, uses: int = -1) -> None:
        self.name = name
        self.bonus = bonus
        self.uses = uses

    def __str__(self) -> str:
        return self.name if self.uses < 0 else f"{self.name}({self.uses})"


class Unit:
    created: int = 0

    def __init__(self, name: str, base: Stats) -> None:
        self.name = name
        self.base = base
        self.hp = base.hp
        self.items: List[Item] = []
        self.target: Optional["Unit"] = None
        self.kills = 0
        Unit.created += 1

    @property
    def stats(self) -> Stats:
        total = self.base
        for it in self.items:
            total = total + it.bonus
        return total

    @property
    def alive(self) -> bool:
        return self.hp > 0

    def equip(self, item: Item) -> "Unit":
        self.items.append(item)
        return self

    def damage_to(self, other: "Unit") -> int:
        raw = self.stats.attack * 2 - other.stats.defense
        return max(1, raw)

    def act(self, enemies: List["Unit"]) -> str:
        living = [e for e in enemies if e.alive]
        if not living:
            return f"{self.name} waits"
        if self.target is None or not self.target.alive:
            self.target = min(living, key=lambda e: (e.hp, e.name))
        dmg = self.damage_to(self.target)
        self.target.hp = max(0, self.target.hp - dmg)
        msg = f"{self.name} hits {self.target.name} for {dmg}"
        if not self.target.alive:
            self.kills += 1
            msg += f" ({self.target.name} falls)"
        return msg

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name} {self.hp}/{self.stats.hp}>"


class Healer(Unit):
    def __init__(self, name: str, base: Stats, power: int) -> None:
        super().__init__(name, base)
        self.power = power
        self.allies: List[Unit] = []

    def act(self, enemies: List[Unit]) -> str:
        hurt = [a for a in self.allies if a.alive and a.hp < a.stats.hp]
        if hurt:
            patient = min(hurt, key=lambda a: a.hp / a.stats.hp)
            before = patient.hp
            patient.hp = min(patient.stats.hp, patient.hp + self.power)
            return f"{self.name} heals {patient.name} +{patient.hp - before}"
        return super().act(enemies)


class Berserker(Unit):
    def damage_to(self, other: Unit) -> int:
        base = super().damage_to(other)
        missing = self.stats.hp - self.hp
        return base + missing // 10


class Team:
    def __init__(self, name: str, units: List[Unit]) -> None:
        self.name = name
        self.units = units
        for u in units:
            if isinstance(u, Healer):
                u.allies = units

    def alive(self) -> List[Unit]:
        return [u for u in self.units if u.alive]

    def __bool__(self) -> bool:
        return any(u.alive for u in self.units)

    def __len__(self) -> int:
        return len(self.alive())


def battle(a: Team, b: Team, max_rounds: int = 30) -> Optional[Team]:
    for rnd in range(1, max_rounds + 1):
        order = sorted(a.alive() + b.alive(), key=lambda u: (-u.stats.speed, u.name))
        print(f"-- round {rnd}: {len(a)} vs {len(b)}")
        for unit in order:
            if not unit.alive:
                continue
            foes = b.units if unit in a.units else a.units
            print("  " + unit.act(foes))
            if not a or not b:
                return a if a else b
    return None


sword = Item("sword", Stats(0, 5, 0, 0))
shield = Item("shield", Stats(10, 0, 4, -1))
boots = Item("boots", Stats(0, 0, 0, 3), uses=5)
red = Team("red", [
    Unit("knight", Stats(60, 9, 6, 4)).equip(sword).equip(shield),
    Healer("cleric", Stats(35, 4, 3, 5), power=12),
])
blue = Team("blue", [
    Berserker("orc", Stats(70, 11, 2, 3)),
    Unit("rogue", Stats(40, 8, 3, 9)).equip(boots),
    Unit("imp", Stats(15, 5, 1, 7)),
])
print([repr(u) for u in red.units + blue.units])
print(red.units[0].stats, str(boots), Unit.created)
winner = battle(red, blue)
print("winner:", winner.name if winner else "draw")
for u in sorted(red.units + blue.units, key=lambda u: (-u.kills, u.name)):
    print(f"{u.name:<7} kills={u.kills} hp={u.hp:>3} alive={u.alive}")
