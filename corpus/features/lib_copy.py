import copy

orig = {"a": [1, 2, [3, 4]], "b": {"x": (5, [6])}, "c": "s", "d": {7, 8}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["a"][2].append(99)
orig["b"]["x"][1].append(66)
orig["c"] = "changed"
print(sh)
print(dp)
print(sh is orig, sh["a"] is orig["a"], dp["a"] is orig["a"], dp["a"][2] is orig["a"][2], dp["d"] == orig["d"])
lst = [[1], [2]]
print(copy.copy(lst) == lst, copy.copy(lst)[0] is lst[0], copy.deepcopy(lst)[0] is lst[0])
t = (1, 2, (3,))
t2 = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
print(copy.copy(5), copy.deepcopy("str"), copy.copy(None), copy.deepcopy(3.5), copy.copy(frozenset({1})), copy.deepcopy(b"b"))
print(copy.copy(range(3)), copy.deepcopy([range(2)]), copy.copy({1, 2}), copy.deepcopy(b"ab"))

# shared references are preserved by deepcopy
shared = [0]
pair = [shared, shared, {"k": shared}]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is dpair[2]["k"], dpair[0] is shared)
dpair[0].append(1)
print(dpair, pair)
# cycles
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[1] is cyc, len(dc))
dcyc = {"self": None}
dcyc["self"] = dcyc
print(copy.deepcopy(dcyc)["self"]["self"] is not dcyc)


class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []

    def __repr__(self):
        return f"Node({self.val}, {self.children})"


tree = Node(1, [Node(2), Node(3, [Node(4)])])
tc = copy.copy(tree)
td = copy.deepcopy(tree)
tree.children[1].children.append(Node(5))
tree.val = 100
print(tc)
print(td)
print(tc.children is tree.children, td.children is tree.children, type(td).__name__, isinstance(td, Node))


class Config:
    def __init__(self, name, opts):
        self.name = name
        self.opts = opts

    def __copy__(self):
        print("custom __copy__")
        return Config(self.name + "-copy", self.opts)

    def __deepcopy__(self, memo):
        print("custom __deepcopy__", type(memo).__name__)
        return Config(self.name + "-deep", copy.deepcopy(self.opts, memo))


cfg = Config("base", {"level": [1]})
c1 = copy.copy(cfg)
c2 = copy.deepcopy(cfg)
print(c1.name, c1.opts is cfg.opts, c2.name, c2.opts is cfg.opts, c2.opts == cfg.opts)
wrapped = copy.deepcopy([cfg, cfg])
print(wrapped[0] is wrapped[1], wrapped[0].name)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = 2


s = Slotted()
sd = copy.deepcopy(s)
print(sd.a, sd.b, sd.a is s.a, copy.copy(s).a is s.a)


class WithState:
    def __init__(self):
        self.items = [1, 2]
        self.cache = {"x": 1}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.items = state["items"]
        self.cache = {}


orig_ws = WithState()
ws = copy.deepcopy(orig_ws)
ws2 = copy.copy(orig_ws)
print(ws.items, ws.cache, ws.items is orig_ws.items, ws2.items is orig_ws.items, ws2.cache)

from collections import OrderedDict, defaultdict, deque, Counter, namedtuple
P = namedtuple("P", "x y")
things = [deque([1, [2]]), defaultdict(list, {"a": [1]}), OrderedDict(b=[1]), Counter("aab"), P(1, [2])]
deep = copy.deepcopy(things)
shallow = copy.copy(things)
print(deep, deep[0][1] is things[0][1], type(deep[1]).__name__, deep[1]["new"], deep[4]._fields)
print(copy.copy(things[0]), copy.copy(things[1]), copy.copy(things[3]), copy.copy(things[4]))
print(shallow[0] is things[0], [type(x).__name__ for x in deep])
import copy as cp
print(cp.deepcopy({(1, 2): [3]}), cp.copy([]) is not cp.copy([]))


class Counted:
    def __init__(self, n):
        self.n = n
        self.log = [n]

    def __getstate__(self):
        return {"n": self.n * 10, "log": self.log}


cc = copy.deepcopy(Counted(2))
print(cc.n, cc.log, copy.copy(Counted(3)).n)
memo = {}
shared_list = [1, 2]
first = copy.deepcopy(shared_list, memo)
second = copy.deepcopy([shared_list], memo)
print(first is second[0], first == shared_list, first is shared_list)
from enum import Enum


class Mode(Enum):
    A = 1


print(copy.deepcopy(Mode.A) is Mode.A, copy.copy(Mode.A) is Mode.A, copy.deepcopy({Mode.A: [1]}))
print(copy.deepcopy(len) is len, copy.copy(Counted) is Counted, issubclass(copy.Error, Exception))
