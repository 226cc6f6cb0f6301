"""A command-line tool whose options all have defaults."""
import argparse
import sys


def build_parser():
    p = argparse.ArgumentParser(prog="wc2", description="Count things in text.")
    p.add_argument("files", nargs="*", help="input files")
    p.add_argument("-n", "--top", type=int, default=5, help="how many words to show")
    p.add_argument("--min-length", type=int, default=1)
    p.add_argument("-i", "--ignore-case", action="store_true")
    p.add_argument("--sep", default=" ")
    p.add_argument("--format", choices=["plain", "csv"], default="plain")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--exclude", action="append", default=[])
    return p


TEXT = """the cat sat on the mat
The dog sat on the log
a cat and a dog"""


def main(argv=None):
    args = build_parser().parse_args(argv)
    print(args.files, args.top, args.min_length, args.ignore_case, repr(args.sep), args.format, args.verbose, args.exclude)
    words = TEXT.split()
    if args.ignore_case:
        words = [w.lower() for w in words]
    counts = {}
    for w in words:
        if len(w) >= args.min_length and w not in args.exclude:
            counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: args.top]
    for w, n in ranked:
        if args.format == "csv":
            print(f"{w},{n}")
        else:
            print(f"{w:>6}{args.sep}{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
