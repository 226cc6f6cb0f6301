"""Plugin-based text processing pipeline with mixins, registries and dynamic dispatch."""
import json
from abc import ABC, abstractmethod
from typing import Any, Callable, ClassVar, Dict, List, Type

PLUGINS: Dict[str, Type["Plugin"]] = {}


def register(name: str) -> Callable[[type], type]:
    def deco(cls):
        if name in PLUGINS:
            raise ValueError(f"plugin {name!r} already registered")
        cls.plugin_name = name
        PLUGINS[name] = cls
        return cls
    return deco


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{self.__class__.__name__}({fields})"


class JsonMixin:
    def to_json(self) -> str:
        return json.dumps({"type": type(self).__name__, **self.__dict__}, sort_keys=True)


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    __hash__ = None


class Plugin(ABC):
    plugin_name: ClassVar[str] = "?"
    instances = 0

    def __init__(self, **options):
        type(self).instances += 1
        Plugin.instances += 1
        self.options = options

    @property
    @abstractmethod
    def kind(self) -> str:
        ...

    @abstractmethod
    def apply(self, text: str) -> str:
        ...

    def __call__(self, text):
        return self.apply(text)

    @classmethod
    def create(cls, name, **options):
        try:
            plugin_cls = PLUGINS[name]
        except KeyError:
            raise LookupError(f"no plugin named {name}") from None
        return plugin_cls(**options)


@register("upper")
class Upper(ReprMixin, JsonMixin, Plugin):
    kind = "case"

    def apply(self, text):
        return text.upper()


@register("replace")
class Replace(ReprMixin, EqMixin, JsonMixin, Plugin):
    kind = "edit"

    def __init__(self, old="", new="", **rest):
        super().__init__(**rest)
        self.old, self.new = old, new

    def apply(self, text):
        return text.replace(self.old, self.new)


@register("wrap")
class Wrap(ReprMixin, Plugin):
    @property
    def kind(self):
        return "layout"

    def apply(self, text):
        width = self.options.get("width", 10)
        words, lines, cur = text.split(), [], ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                lines.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        if cur:
            lines.append(cur)
        return "\n".join(lines)


class Pipeline(ReprMixin):
    def __init__(self, *steps: Plugin):
        self.steps: List[Plugin] = list(steps)

    def __or__(self, step):
        return Pipeline(*self.steps, step)

    def __call__(self, text):
        for step in self.steps:
            text = step(text)
        return text

    def __len__(self):
        return len(self.steps)

    def describe(self):
        return " | ".join(f"{s.plugin_name}<{s.kind}>" for s in self.steps)


class Command:
    def dispatch(self, line: str) -> Any:
        verb, _, arg = line.partition(" ")
        handler = getattr(self, f"do_{verb}", None)
        if handler is None:
            return f"unknown command: {verb}"
        return handler(arg)

    def do_echo(self, arg):
        return arg

    def do_count(self, arg):
        return len(arg.split())

    def do_plugins(self, _):
        return sorted(PLUGINS)


print(sorted(PLUGINS), [c.__name__ for c in Replace.__mro__])
p = Pipeline(Plugin.create("replace", old="cat", new="dog")) | Plugin.create("upper") | Plugin.create("wrap", width=12)
print(p.describe(), len(p))
print(p("the cat sat on the mat with another cat"))
print(p)
print(Replace(old="a", new="b").to_json())
print(Upper(loud=True).to_json())
print(Replace(old="a") == Replace(old="a"), Replace(old="a") == Replace(old="b"), Replace() == Upper())
try:
    hash(Replace())
except TypeError as e:
    print("TypeError:", e)
try:
    Plugin.create("zip")
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
try:
    @register("upper")
    class Again(Upper):
        pass
except ValueError as e:
    print(e)
print("instances", Plugin.instances, Upper.instances, Replace.instances, Wrap.instances)
print(Upper.kind, Wrap.plugin_name, isinstance(p.steps[0], JsonMixin), hasattr(p.steps[2], "to_json"))

cmd = Command()
for line in ["echo hello world", "count a b c d", "plugins", "fly away"]:
    print(repr(cmd.dispatch(line)))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(7, 3) for k, f in ops.items()})
