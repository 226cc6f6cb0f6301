package io.portalis.orchestrator;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.orchestrator.durable.JournalSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The replay test on PostgreSQL, the production journal: a server started here on a loopback
 * port (or the one PORTALIS_TEST_POSTGRES_URL names); skipped, with the reason, only where
 * neither can be had.
 */
class PostgresJobReplayTest extends JobReplayCase {
    private static LocalPostgres postgres;

    @BeforeAll
    static void startServer() throws Exception {
        var reason = LocalPostgres.skipReason();
        assumeTrue(reason.isEmpty(), () -> reason.orElse(""));
        postgres = LocalPostgres.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    JournalSettings journal(Path state) {
        return JournalSettings.postgres(postgres.url, postgres.user, "");
    }

    @Test
    void unfinishedJobResumesOnPostgres() throws Exception {
        unfinishedJobResumesFromItsLastCompletedStage();
    }
}
