package io.portalis.orchestrator.daemon;

import java.util.List;

/**
 * How a daemon joins a cluster: its own cluster address ({@code host:port}, distinct from the
 * HTTP port), the seed nodes ({@code host:port} each; the first node of a new cluster lists
 * itself) and its roles ({@code gpu} for nodes that host the GPU stages).
 */
public record ClusterSettings(String host, int port, List<String> seeds, List<String> roles) {
    public ClusterSettings {
        seeds = List.copyOf(seeds);
        roles = List.copyOf(roles);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("cluster port " + port + " is not a TCP port");
        }
        for (String seed : seeds) {
            int colon = seed.lastIndexOf(':');
            if (colon <= 0 || !seed.substring(colon + 1).matches("[0-9]{1,5}")) {
                throw new IllegalArgumentException("seed node `" + seed + "` is not host:port");
            }
        }
    }

    /** A cluster of one, or the first node of a new cluster: it is its own seed. */
    public static ClusterSettings selfSeeded(String host, int port, List<String> roles) {
        return new ClusterSettings(host, port, List.of(host + ":" + port), roles);
    }
}
