package io.portalis.testing.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --env} grants as the command line gives them: {@code NAME=VALUE} sets a variable,
 * a bare {@code NAME} passes the host's value on. A bare name the host does not have is an
 * error rather than a silently missing variable, so a typo shows at once.
 */
public final class EnvGrants {
    private EnvGrants() {}

    /**
     * The environment {@code specs} grant, in their order (a later grant of a name wins).
     *
     * @throws IllegalArgumentException naming the grant that is malformed or not set on the host
     */
    public static Map<String, String> resolve(List<String> specs, Map<String, String> host) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            String name = eq < 0 ? spec : spec.substring(0, eq);
            if (name.isEmpty() || name.indexOf('\0') >= 0 || spec.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("--env takes NAME or NAME=VALUE, not `" + spec + "`");
            }
            String value = eq < 0 ? host.get(name) : spec.substring(eq + 1);
            if (value == null) {
                throw new IllegalArgumentException("--env " + name + ": not set in this environment (give "
                        + name + "=VALUE to set it)");
            }
            env.remove(name);
            env.put(name, value);
        }
        return env;
    }
}
