import sys
from statistics import mean, median, pstdev
from collections import defaultdict

GRADE_BANDS = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]


def letter(score):
    for cutoff, grade in GRADE_BANDS:
        if score >= cutoff:
            return grade
    raise ValueError(score)


class Student:
    def __init__(self, name, scores):
        self.name = name
        self.scores = scores

    @property
    def average(self):
        return sum(self.scores.values()) / len(self.scores) if self.scores else 0.0

    def __repr__(self):
        return f"Student({self.name!r}, avg={self.average:.1f})"


def parse(lines):
    students = {}
    errors = []
    header = None
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        fields = [f.strip() for f in line.split(";")]
        if header is None:
            header = fields[1:]
            continue
        name, *raw = fields
        if len(raw) != len(header):
            errors.append(f"line {n}: expected {len(header)} scores, got {len(raw)}")
            continue
        scores = {}
        for subject, value in zip(header, raw):
            if value in ("", "-"):
                continue
            try:
                scores[subject] = float(value)
            except ValueError:
                errors.append(f"line {n}: bad score {value!r} for {subject}")
        students[name] = Student(name, scores)
    return header, students, errors


def main():
    header, students, errors = parse(sys.stdin)
    for e in errors:
        print("warning:", e)
    ranked = sorted(students.values(), key=lambda s: (-s.average, s.name))
    width = max(map(len, students)) + 2
    print("".join(["name".ljust(width)] + [h[:6].rjust(8) for h in header] + ["   avg  grade"]))
    for s in ranked:
        cells = [f"{s.scores[h]:8.1f}" if h in s.scores else "       -" for h in header]
        print(s.name.ljust(width) + "".join(cells) + f"{s.average:7.2f}  {letter(s.average)}")
    print()
    by_subject = defaultdict(list)
    for s in students.values():
        for subj, sc in s.scores.items():
            by_subject[subj].append(sc)
    for subj in header:
        vals = by_subject[subj]
        print(f"{subj:<10} n={len(vals)} mean={mean(vals):.2f} median={median(vals)} sd={pstdev(vals):.3f} top={max(vals)}")
    dist = {g: sum(1 for s in students.values() if letter(s.average) == g) for _, g in GRADE_BANDS}
    print(dist)
    print("honor roll:", [s.name for s in ranked if all(v >= 85 for v in s.scores.values())])
    print("incomplete:", sorted(s.name for s in students.values() if len(s.scores) < len(header)))
    best = {subj: max(students.values(), key=lambda s: s.scores.get(subj, -1)).name for subj in header}
    print(best)
    print(ranked[:2], any(s.average < 60 for s in ranked), all(s.scores for s in ranked))


main()
