package io.portalis.transpiler.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The rule of Language Reference 6.2.1, case by case as CPython applies it. */
class NameManglingTest {
    @Test
    void privateNamesGetTheClassNameWithoutLeadingUnderscores() {
        assertEquals("_Ham__spam", NameMangling.mangle("__spam", "Ham"));
        assertEquals("_Ham__spam", NameMangling.mangle("__spam", "__Ham"));
        assertEquals("_Ham__spam_", NameMangling.mangle("__spam_", "Ham"));
    }

    @Test
    void dunderNamesPublicNamesAndAllUnderscoreClassesAreLeftAlone() {
        assertEquals("__init__", NameMangling.mangle("__init__", "Ham"));
        assertEquals("_spam", NameMangling.mangle("_spam", "Ham"));
        assertEquals("__spam", NameMangling.mangle("__spam", "___"));
        assertEquals("__spam", NameMangling.mangle("__spam", null));
    }
}
