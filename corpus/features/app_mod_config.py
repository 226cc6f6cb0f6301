"""Typed configuration loader: dataclasses with kw_only/InitVar, validation, get_type_hints."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import Any, ClassVar, Optional, get_type_hints, Annotated, Self
from abc import ABC, abstractmethod


class ConfigError(ValueError):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


def register(cls):
    """Class decorator recording every config section."""
    SECTIONS[cls.__name__.lower()] = cls
    cls.section = cls.__name__.lower()
    return cls


SECTIONS: dict[str, type] = {}


class Section(ABC):
    @abstractmethod
    def validate(self) -> list[str]: ...

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        hints = get_type_hints(cls)
        kwargs = {}
        for f in dataclasses.fields(cls):
            if f.name not in data:
                continue
            raw = data[f.name]
            kind = hints[f.name]
            if kind is int:
                raw = int(raw)
            elif kind is float:
                raw = float(raw)
            elif kind is bool:
                raw = str(raw).lower() in ("1", "true", "yes")
            kwargs[f.name] = raw
        return cls(**kwargs)


@register
@dataclass(kw_only=True)
class Server(Section):
    host: str = "localhost"
    port: int = 8080
    debug: bool = False
    workers: int = 2
    MAX_WORKERS: ClassVar[int] = 16

    def validate(self) -> list[str]:
        problems = []
        if not 0 < self.port < 65536:
            problems.append(f"port {self.port} out of range")
        if self.workers > self.MAX_WORKERS:
            problems.append(f"{self.workers=} exceeds {self.MAX_WORKERS}")
        return problems

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"


@register
@dataclass
class Database(Section):
    name: str
    _: KW_ONLY
    user: str = "admin"
    timeout: float = 5.0
    password: InitVar[Optional[str]] = None
    masked: str = field(init=False, default="")

    def __post_init__(self, password: Optional[str]) -> None:
        self.masked = "*" * len(password) if password else "<none>"

    def validate(self) -> list[str]:
        return [] if self.timeout > 0 else [f"timeout must be positive: {self.timeout!r}"]


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: Annotated[str, "free text"] = field(default="", compare=False)

    @classmethod
    def parse(cls, text: str) -> Version:
        core, _, label = text.partition("-")
        parts = [int(p) for p in core.split(".")]
        return cls(*parts, label=label)

    def __str__(self) -> str:
        base = f"{self.major}.{self.minor}.{self.patch}"
        return f"{base}-{self.label}" if self.label else base

    def bump(self, part: str = "patch") -> Version:
        match part:
            case "major":
                return dataclasses.replace(self, major=self.major + 1, minor=0, patch=0)
            case "minor":
                return dataclasses.replace(self, minor=self.minor + 1, patch=0)
            case "patch":
                return dataclasses.replace(self, patch=self.patch + 1)
            case other:
                raise ConfigError("version", f"unknown part {other!r}")


def load(raw: dict[str, dict[str, Any]]) -> dict[str, Section]:
    loaded = {}
    for name, data in raw.items():
        try:
            cls = SECTIONS[name]
        except KeyError:
            raise ConfigError(name, "unknown section") from None
        loaded[name] = cls.from_dict(data)
    return loaded


def main() -> None:
    raw = {
        "server": {"host": "example.org", "port": "9000", "debug": "yes", "workers": "20"},
        "database": {"name": "prod", "timeout": "0", "user": "ops"},
    }
    config = load(raw)
    for name, section in config.items():
        print(f"[{name}] {section}")
        for problem in section.validate():
            print(f"  ! {problem}")
    server = config["server"]
    print(server.url, server.section, Server.MAX_WORKERS)
    db = Database("test", password="hunter2")
    print(db, db.masked)
    print(get_type_hints(Database)["timeout"], get_type_hints(Version, include_extras=True)["label"])
    print([f.name for f in dataclasses.fields(Database)], Database.__match_args__)
    try:
        Server("h", 1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        load({"cache": {}})
    except ConfigError as e:
        print(e, e.path, e.__cause__, e.__suppress_context__)
    try:
        Section()
    except TypeError as e:
        print(e)

    versions = sorted(Version.parse(v) for v in ["1.2.3", "1.10.0-beta", "1.2", "0.9.9"])
    print([str(v) for v in versions])
    v = versions[-1]
    print(v, v.bump(), v.bump("minor"), v.bump("major"), v == Version(1, 10, 0), hash(v) == hash(Version(1, 10)))
    width, prec = 12, 3
    ratio = 2 / 3
    print(f"{ratio:{width}.{prec}f}|{ratio=:.2%}|{v!r:>5}|{str(v):*^15}")
    try:
        v.bump("build")
    except ConfigError as e:
        print(repr(e))
    print(dataclasses.asdict(v), dataclasses.astuple(db))
    print(dataclasses.is_dataclass(v), dataclasses.is_dataclass(Version), dataclasses.is_dataclass(3))


main()
