data = {
    "name": "root",
    "children": [
        {"name": "a", "size": 3, "children": []},
        {"name": "b", "children": [{"name": "c", "size": 7, "children": []}]},
    ],
    "meta": {"tags": ["x", "y"], "active": True, "ratio": 0.5, "none": None},
}


def total_size(node):
    return node.get("size", 0) + sum(total_size(c) for c in node.get("children", []))


def walk(value, depth=0):
    pad = "  " * depth
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, (dict, list)):
                print(f"{pad}{k}:")
                walk(v, depth + 1)
            else:
                print(f"{pad}{k} = {v!r}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            print(f"{pad}- [{i}]")
            walk(item, depth + 1)
    else:
        print(f"{pad}{value!r}")


print(total_size(data))
walk(data)


def names(node):
    yield_list = [node["name"]]
    for c in node["children"]:
        yield_list.extend(names(c))
    return yield_list


print(names(data), data["meta"]["tags"][-1], len(data), sorted(data))
