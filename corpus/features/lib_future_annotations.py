# PEP 563: under `from __future__ import annotations` annotations are kept as the text CPython
# unparses, and typing.get_type_hints evaluates them (forward references included).
from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field
from typing import ClassVar, Optional, get_type_hints


@dataclass
class TreeNode:
    value: int
    children: list[TreeNode] = field(default_factory=list)
    parent: Optional[TreeNode] = None
    meta: dict[str, int | float] = field(default_factory=dict)
    label: "str" = "node"
    count: ClassVar[int] = 0
    weird: typing.Tuple[int, ...] = ()

    def add(self, child: TreeNode) -> TreeNode:
        child.parent = self
        self.children.append(child)
        return child

    def walk(self, depth: int = 0, *, sink: list[str] | None = None) -> list[str]:
        out = sink if sink is not None else []
        out.append("  " * depth + str(self.value))
        for c in self.children:
            c.walk(depth + 1, sink=out)
        return out


for f in dataclasses.fields(TreeNode):
    print(f.name, repr(f.type))
print(TreeNode.__annotations__)
print(TreeNode.add.__annotations__)
print(TreeNode.walk.__annotations__)
print(get_type_hints(TreeNode))
print(get_type_hints(TreeNode.add))
print(get_type_hints(TreeNode.walk))

root = TreeNode(1)
root.add(TreeNode(2)).add(TreeNode(3))
root.add(TreeNode(4))
print("\n".join(root.walk()))


def convert(value: str, to: Undefined, *args: -1, **kw: (int, str)) -> Optional[list[dict[str, "Node"]]]:
    return value


print(convert.__annotations__)
total: int = 0
names: list[str]
print(__annotations__)

# Types resolved from the hints, as a serializer would.
hints = get_type_hints(TreeNode)
for name in ("value", "children", "parent", "meta"):
    tp = hints[name]
    print(name, typing.get_origin(tp), typing.get_args(tp))
