package io.portalis.transpiler.runtime;

import org.junit.jupiter.api.Test;

class CodecNamesTest {
    /** pyrt tells CPython's codecs from unknown names by this table; it must be CPython 3.12's. */
    @Test
    void tableIsUpToDateWithCPython() throws Exception {
        GeneratedTable.assertUpToDate("scripts/codec-names.py",
                "transpiler-agent/src/main/resources/pyrt/src/value/methods/codec_names.rs");
    }
}
