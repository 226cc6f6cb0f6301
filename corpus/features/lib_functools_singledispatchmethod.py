# functools.singledispatchmethod: dispatch on the first argument after self (or cls),
# implementations registered by annotation, by class, as classmethods and staticmethods.
from functools import singledispatchmethod


class Renderer:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def render(self, value):
        """Render a value."""
        return f"{self.prefix}?{type(value).__name__}"

    @render.register
    def _(self, value: int):
        return f"{self.prefix}int:{value}"

    @render.register
    def _(self, value: str | bytes):
        return f"{self.prefix}text:{value!r}"

    @render.register(list)
    @render.register(tuple)
    def _(self, value):
        return self.prefix + "[" + ", ".join(self.render(v) for v in value) + "]"

    @render.register(bool)
    def _render_bool(self, value, *, upper=False):
        text = "yes" if value else "no"
        return text.upper() if upper else text


class Parser:
    @singledispatchmethod
    @classmethod
    def parse(cls, raw):
        raise NotImplementedError(f"cannot parse {type(raw).__name__}")

    @parse.register
    @classmethod
    def _(cls, raw: str):
        return cls.__name__, raw.split(",")

    @parse.register
    @staticmethod
    def _(raw: int):
        return "static", raw * 2


class Loud(Renderer):
    @Renderer.render.register(float)
    def _(self, value):
        return f"{self.prefix}float:{value:.1f}"


r = Renderer("> ")
print(r.render(3))
print(r.render("hi"), r.render(b"x"))
print(r.render([1, "a", (2.5, None)]))
print(r.render(True), r.render(False, upper=True))
print(r.render(2.0), Loud("! ").render(2.0))
print(r.render.__name__, r.render.__doc__)
print(Parser.parse("a,b"), Parser().parse(21))
try:
    Parser.parse(1.5)
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    r.render()
except IndexError as e:
    print("IndexError:", e)
# Read from the class, the receiver is the first argument and so the one dispatched on.
print(Renderer.render(r, 5))
print(Renderer.render.register is not None)
