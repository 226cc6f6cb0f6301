#!/usr/bin/env python3
"""Writes pyrt's table of the attributes CPython 3.12 gives every class and every instance of a
class defined in a program (src/value/class/always_present.rs): names from `dir(type)` and
`dir(object)` that a plain class, a class with `__slots__` and a class deriving from a built-in
type all have. When the runtime cannot find one of these, it lacks a feature, and an
AttributeError would be an answer CPython never gives (`hasattr(C, "__dict__")` False): the
runtime stops the program instead.

Run with CPython 3.12:
    /root/.pyenv/versions/3.12.1/bin/python3 scripts/always-present-attrs.py
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "transpiler-agent/src/main/resources/pyrt/src/value/class/always_present.rs"


def samples():
    """Fresh classes for each question: reading `C.__annotations__` stores `{}` in `C.__dict__`,
    after which the instances have it too."""
    class Plain:
        pass

    class Slotted:
        __slots__ = ("a",)

    class Derived(dict):
        pass

    class Child(Plain):
        pass

    return [Plain, Slotted, Derived, Child]


def present(name, instances):
    return all(hasattr(cls() if instances else cls, name) for cls in samples())


def main():
    names = sorted(set(dir(type)) | set(dir(object)))
    on_classes = [n for n in names if present(n, False)]
    on_instances = [n for n in names if present(n, True)]
    lines = [
        "//! Attributes CPython 3.12 gives every program class and instance, written by",
        "//! scripts/always-present-attrs.py (do not edit by hand).",
        "",
        "/// Names `hasattr(C, name)` is true of for every class `C` a program defines.",
        "pub const ON_CLASSES: &[&str] = &[",
    ]
    lines += [f'    "{n}",' for n in on_classes]
    lines += [
        "];",
        "",
        "/// Names `hasattr(C(), name)` is true of for every instance of such a class.",
        "pub const ON_INSTANCES: &[&str] = &[",
    ]
    lines += [f'    "{n}",' for n in on_instances]
    lines += ["];", ""]
    OUT.write_text("\n".join(lines))


if __name__ == "__main__":
    main()
