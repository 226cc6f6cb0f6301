package io.portalis.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import io.portalis.agents.Stage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The config module's profiles load and give the orchestrator usable settings. */
class ConfigProfilesTest {
    @ParameterizedTest
    @EnumSource(PortalisConfig.Profile.class)
    void everyProfileLoads(PortalisConfig.Profile profile) {
        Config config = PortalisConfig.load(profile);
        assertEquals(profile.resourceName().substring("portalis-".length()), config.getString("portalis.profile"));
        OrchestratorSettings settings = OrchestratorSettings.fromConfig(config);
        assertTrue(settings.queueCapacity() > 0);
        // Pekko logs through SLF4J and never to stdout.
        assertEquals("org.apache.pekko.event.slf4j.Slf4jLogger", config.getStringList("pekko.loggers").get(0));
        assertEquals("OFF", config.getString("pekko.stdout-loglevel"));
    }

    @Test
    void defaultsAreGenerous() {
        OrchestratorSettings settings = OrchestratorSettings.fromConfig(PortalisConfig.embedded());
        assertEquals(3, settings.maxAttempts());
        assertEquals(2, settings.moduleParallelism());
        assertEquals(Duration.ofMinutes(20), settings.timeout(Stage.BUILD));
        assertEquals("off", PortalisConfig.load(PortalisConfig.Profile.CPU_ONLY).getString("portalis.gpu.mode"));
        assertEquals(256, OrchestratorSettings.fromConfig(PortalisConfig.load(PortalisConfig.Profile.DAEMON))
                .queueCapacity());
    }
}
