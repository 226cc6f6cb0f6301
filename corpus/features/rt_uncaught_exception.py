def parse_all(items):
    results = []
    for item in items:
        results.append(int(item))
        print("parsed", item)
    return results


def main():
    print(parse_all(["1", "2"]))
    print("now failing")
    parse_all(["3", "four", "5"])
    print("never")


main()
