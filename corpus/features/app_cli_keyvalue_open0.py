import sys

def main():
    text = open(0).read()
    lines = text.splitlines()
    print(len(lines), repr(text[-5:]))
    kv = {}
    for ln in lines:
        if "=" in ln:
            k, _, v = ln.partition("=")
            kv[k.strip()] = v.strip()
    for k in sorted(kv):
        print(f"{k}={kv[k]!r}")

main()
