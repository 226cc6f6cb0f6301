package io.portalis.orchestrator;

import io.portalis.orchestrator.durable.JournalSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The replay test on the embedded default journal: an H2 file database in the state directory. */
class H2JobReplayTest extends JobReplayCase {
    @Override
    JournalSettings journal(Path state) {
        return JournalSettings.h2(state);
    }

    @Test
    void unfinishedJobResumesOnH2() throws Exception {
        unfinishedJobResumesFromItsLastCompletedStage();
    }
}
