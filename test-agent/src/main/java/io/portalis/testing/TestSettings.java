package io.portalis.testing;

import java.time.Duration;

/**
 * Limits for the test stage.
 *
 * @param runTimeout     the longest a translated program may run
 * @param cpythonTimeout the longest CPython may run the original program
 */
public record TestSettings(Duration runTimeout, Duration cpythonTimeout) {
    public static TestSettings defaults() {
        return new TestSettings(Duration.ofSeconds(30), Duration.ofSeconds(60));
    }

    public TestSettings withRunTimeout(Duration limit) {
        return new TestSettings(limit, cpythonTimeout);
    }
}
