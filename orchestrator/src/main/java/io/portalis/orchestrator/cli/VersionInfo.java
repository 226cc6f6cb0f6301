package io.portalis.orchestrator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into version.properties, else the jar manifest's. */
public final class VersionInfo implements CommandLine.IVersionProvider {
    public static String version() {
        try (InputStream in = VersionInfo.class.getResourceAsStream("/io/portalis/orchestrator/version.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isBlank() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // Fall through to the manifest.
        }
        String fromManifest = VersionInfo.class.getPackage().getImplementationVersion();
        return fromManifest == null ? "unknown" : fromManifest;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"portalis " + version()};
    }
}
