package io.portalis.agents;

/**
 * One line of {@code portalis doctor}: what was looked for, whether it is usable, what was
 * found (a path and version) and, when it is missing, the exact command that installs it.
 *
 * @param required whether translation cannot work without it (doctor's exit code)
 */
public record DoctorCheck(String name, boolean ok, boolean required, String found, String fix) {}
