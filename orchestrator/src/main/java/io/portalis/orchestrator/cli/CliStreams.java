package io.portalis.orchestrator.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams a CLI invocation reads and writes: the process's own, or a test's. */
record CliStreams(InputStream in, PrintStream out, PrintStream err) {}
