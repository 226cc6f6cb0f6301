package io.portalis.orchestrator.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table {@code portalis bench} prints (Markdown): per program CPython's time and, per
 * other column, its time and speed-up over CPython (CPython time / its time); then the
 * geometric mean of the speed-ups over the programs where both ran correctly.
 */
record BenchTable(List<String> columns, List<Row> rows) {
    /** A program's timings: CPython first, then one per column. */
    record Row(String program, List<ProcessTimer.Timing> timings) {}

    boolean allCorrect() {
        return rows.stream().allMatch(r -> r.timings().stream().allMatch(ProcessTimer.Timing::ok));
    }

    String render() {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("program", "CPython"));
        columns.forEach(c -> header.add(c + " (speed-up)"));
        line(out, header);
        line(out, header.stream().map(h -> "---").toList());
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.program(), cell(row.timings().get(0))));
            for (int c = 0; c < columns.size(); c++) {
                ProcessTimer.Timing t = row.timings().get(c + 1);
                cells.add(t.ok() ? cell(t) + speedup(row.timings().get(0), t).map(s -> " (" + times(s) + ")").orElse("")
                        : cell(t));
            }
            line(out, cells);
        }
        List<String> means = new ArrayList<>(List.of("geometric mean", ""));
        for (int c = 0; c < columns.size(); c++) {
            means.add(geometricMean(c + 1));
        }
        line(out, means);
        return out.toString();
    }

    private String geometricMean(int column) {
        double logSum = 0;
        int n = 0;
        for (Row row : rows) {
            var s = speedup(row.timings().get(0), row.timings().get(column));
            if (s.isPresent()) {
                logSum += Math.log(s.get());
                n++;
            }
        }
        if (n == 0) {
            return "-";
        }
        String of = n == rows.size() ? "" : " (" + n + " of " + rows.size() + ")";
        return times(Math.exp(logSum / n)) + of;
    }

    private static java.util.Optional<Double> speedup(ProcessTimer.Timing cpython, ProcessTimer.Timing other) {
        if (!cpython.ok() || !other.ok()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(seconds(cpython.best().get()) / seconds(other.best().get()));
    }

    private static String cell(ProcessTimer.Timing t) {
        return t.ok() ? String.format(Locale.ROOT, "%.3f s", seconds(t.best().get())) : t.problem();
    }

    private static String times(double x) {
        return String.format(Locale.ROOT, x >= 10 ? "%.0f×" : "%.1f×", x);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells.stream().map(c -> c.replace("|", "/")).toList())).append(" |\n");
    }
}
