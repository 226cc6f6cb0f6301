package io.portalis.transpiler.runtime;

import org.junit.jupiter.api.Test;

/** Tables generated from CPython 3.12 are what their scripts make now. */
class GeneratedTablesTest {
    /** pyrt tells CPython's codecs from unknown names by this table. */
    @Test
    void codecNames() throws Exception {
        GeneratedTable.assertUpToDate("scripts/codec-names.py",
                "transpiler-agent/src/main/resources/pyrt/src/value/methods/codec_names.rs");
    }

    /** Attributes every program class and instance has in CPython, which the runtime never denies. */
    @Test
    void alwaysPresentAttributes() throws Exception {
        GeneratedTable.assertUpToDate("scripts/always-present-attrs.py",
                "transpiler-agent/src/main/resources/pyrt/src/value/class/always_present.rs");
    }

    /** The builtins and standard modules an uncaught NameError's suggestion is chosen from. */
    @Test
    void nameSuggestionTables() throws Exception {
        GeneratedTable.assertUpToDate("scripts/cpython-name-tables.py",
                "transpiler-agent/src/main/resources/io/portalis/transpiler/dynamic/cpython-name-tables.txt");
    }
}
