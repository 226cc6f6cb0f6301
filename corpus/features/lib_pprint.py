"""Build a nested configuration and pretty-print it."""
import pprint
from pprint import pformat


def build():
    services = {}
    for i, name in enumerate(["auth", "billing", "catalog", "delivery"]):
        services[name] = {
            "replicas": i + 1,
            "ports": [8000 + i * 10 + k for k in range(3)],
            "env": {"LOG_LEVEL": "debug" if i % 2 else "info", "REGION": "eu-west-1"},
            "tags": ("svc", name[:3]),
            "enabled": i != 2,
            "limits": {"cpu": 0.25 * (i + 1), "memory": f"{256 * (i + 1)}Mi"},
        }
    return {"version": 3, "services": services, "empty": {}, "none": None, "set": {3, 1, 2}}


def main():
    cfg = build()
    pprint.pprint(cfg)
    print(pformat(cfg["services"]["auth"], width=40))
    pprint.pprint(cfg, depth=2)
    pprint.pprint(list(range(40)))
    pprint.pprint([["x" * 10] * 3] * 4, width=60)
    pprint.pprint({"b": 1, "a": [1, 2], "c": "short"}, sort_dicts=False)
    pprint.pprint({"z": 1, "y": 2}, width=1)
    text = "lorem ipsum dolor sit amet " * 6
    pprint.pprint({"text": text, "n": 10 ** 30})
    print(pformat((1, (2, (3, (4,))))), pformat([]), pformat(()), pformat("s"))
    pprint.pprint(cfg["services"], indent=2, width=100)
    pp = pprint.PrettyPrinter(indent=4, width=50)
    pp.pprint(cfg["services"]["delivery"])
    print(pprint.saferepr({"a": [1, 2]}), pprint.isreadable([1]))
    nested = [1, [2, [3, [4, [5, [6]]]]]]
    pprint.pprint(nested, width=10)
    pprint.pprint([{"id": i, "name": f"user{i}", "score": i * 1.5} for i in range(4)])


main()
