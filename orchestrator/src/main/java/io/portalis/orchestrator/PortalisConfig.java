package io.portalis.orchestrator;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.Locale;

/** Loads a configuration profile shipped by the config module, with -D overrides on top. */
public final class PortalisConfig {
    private PortalisConfig() {}

    /** The profiles in the config module: {@code portalis-<name>.conf}. */
    public enum Profile {
        EMBEDDED,
        DAEMON,
        CLUSTER,
        CPU_ONLY;

        public String resourceName() {
            return "portalis-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static Config load(Profile profile) {
        ConfigFactory.invalidateCaches();
        return ConfigFactory.load(profile.resourceName());
    }

    public static Config embedded() {
        return load(Profile.EMBEDDED);
    }
}
