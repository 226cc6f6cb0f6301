package io.portalis.orchestrator.durable;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the job journal lives: an H2 file database in the state directory by default (no
 * server needed), or PostgreSQL when a JDBC URL is given ({@code --journal-url},
 * {@code PORTALIS_JOURNAL_URL}, with {@code PORTALIS_JOURNAL_USER} and
 * {@code PORTALIS_JOURNAL_PASSWORD}). Both go through pekko-persistence-jdbc.
 */
public record JournalSettings(String slickProfile, String driver, String url, String user, String password) {
    public static final String URL_ENV = "PORTALIS_JOURNAL_URL";

    /**
     * H2 in {@code state/journal/}. {@code AUTO_SERVER} lets a second process on the same state
     * directory (a CLI run beside a daemon) share the file instead of failing on its lock;
     * {@code WRITE_DELAY=0} writes each commit to the file at once (H2 otherwise keeps up to a
     * second of commits in memory, which SIGKILL would lose).
     */
    public static JournalSettings h2(Path state) {
        Path file = state.toAbsolutePath().resolve("journal").resolve("portalis");
        return new JournalSettings("slick.jdbc.H2Profile$", "org.h2.Driver",
                "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;WRITE_DELAY=0", "portalis", "");
    }

    public static JournalSettings postgres(String url, String user, String password) {
        return new JournalSettings("slick.jdbc.PostgresProfile$", "org.postgresql.Driver", url, user, password);
    }

    /** PostgreSQL when the environment names one, else H2 in {@code state}. */
    public static JournalSettings choose(Path state, Optional<String> url, Map<String, String> env) {
        Optional<String> jdbc = url.or(() -> Optional.ofNullable(env.get(URL_ENV))).filter(u -> !u.isBlank());
        if (jdbc.isPresent() && jdbc.get().startsWith("jdbc:postgresql:")) {
            return postgres(jdbc.get(), env.getOrDefault("PORTALIS_JOURNAL_USER", "postgres"),
                    env.getOrDefault("PORTALIS_JOURNAL_PASSWORD", ""));
        }
        if (jdbc.isPresent() && jdbc.get().startsWith("jdbc:h2:")) {
            return new JournalSettings("slick.jdbc.H2Profile$", "org.h2.Driver", jdbc.get(), "portalis", "");
        }
        if (jdbc.isPresent()) {
            throw new IllegalArgumentException("unsupported journal URL " + jdbc.get()
                    + " (expected jdbc:postgresql:… or jdbc:h2:…)");
        }
        return h2(state);
    }

    public String kind() {
        return driver.contains("postgresql") ? "postgresql" : "h2";
    }

    /** The Pekko settings that make the jdbc journal, snapshot store and read journal use this database. */
    public Config toConfig() {
        Config db = ConfigFactory.empty()
                .withValue("url", ConfigValueFactory.fromAnyRef(url))
                .withValue("user", ConfigValueFactory.fromAnyRef(user))
                .withValue("password", ConfigValueFactory.fromAnyRef(password))
                .withValue("driver", ConfigValueFactory.fromAnyRef(driver));
        return ConfigFactory.parseString("""
                pekko.persistence.journal.plugin = "jdbc-journal"
                pekko.persistence.snapshot-store.plugin = "jdbc-snapshot-store"
                jdbc-journal.use-shared-db = "portalis"
                jdbc-snapshot-store.use-shared-db = "portalis"
                jdbc-read-journal.use-shared-db = "portalis"
                jdbc-durable-state-store.use-shared-db = "portalis"
                pekko-persistence-jdbc.shared-databases.portalis {
                  db {
                    numThreads = 2
                    maxConnections = 2
                    minConnections = 1
                    connectionTimeout = 30s
                  }
                }
                pekko.actor.serialization-bindings {
                  "io.portalis.orchestrator.durable.JournalSerializable" = jackson-json
                }
                """)
                .withValue("pekko-persistence-jdbc.shared-databases.portalis.profile",
                        ConfigValueFactory.fromAnyRef(slickProfile))
                .withFallback(ConfigFactory.empty().withValue("pekko-persistence-jdbc.shared-databases.portalis.db",
                        db.root()));
    }

    /** The URL without credentials, for logs and {@code /health/ready}. */
    public String describe() {
        return kind() + " " + url.replaceAll("password=[^;&]*", "password=…");
    }
}
