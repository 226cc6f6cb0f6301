package io.portalis.ingest.ast;

/**
 * A node's extent in the source as UTF-8 byte offsets, {@code start} inclusive and {@code end}
 * exclusive. Lines and columns are derived by {@link io.portalis.ingest.source.LineIndex} only
 * when something is shown to a person or dumped.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    public Span to(Span other) {
        return new Span(start, other.end);
    }

    public boolean contains(Span inner) {
        return start <= inner.start && inner.end <= end;
    }

    public int length() {
        return end - start;
    }
}
