package io.portalis.cuda.census;

/**
 * What the lexical census found in one source (or, summed, in many). Token counts cover
 * significant tokens; comments are counted apart. {@code error} is null when the source was
 * scanned, else why it was not (then every count is zero).
 */
public record Census(
        long files, long bytes, long lines,
        long names, long keywords, long numbers, long strings, long operators, long comments,
        long stringBytes, long commentBytes,
        long evalExecCalls, long attrFunctionCalls, long dunderAccesses,
        long metaclassKeywords, long starImports, long importStatements,
        long errors, String error) {

    public static final Census EMPTY = new Census(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);

    public static Census failed(String error) {
        return new Census(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, error);
    }

    /** Significant tokens: names, keywords, numbers, strings and operators. */
    public long tokens() {
        return names + keywords + numbers + strings + operators;
    }

    public Census plus(Census o) {
        return new Census(files + o.files, bytes + o.bytes, lines + o.lines,
                names + o.names, keywords + o.keywords, numbers + o.numbers, strings + o.strings,
                operators + o.operators, comments + o.comments, stringBytes + o.stringBytes,
                commentBytes + o.commentBytes, evalExecCalls + o.evalExecCalls,
                attrFunctionCalls + o.attrFunctionCalls, dunderAccesses + o.dunderAccesses,
                metaclassKeywords + o.metaclassKeywords, starImports + o.starImports,
                importStatements + o.importStatements, errors + o.errors, null);
    }
}
