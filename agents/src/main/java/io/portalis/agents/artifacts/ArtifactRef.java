package io.portalis.agents.artifacts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A content address: the SHA-256 of an artifact's bytes and what kind of artifact it is.
 * Equal bytes give equal references, which is what lets replay and caching skip finished work.
 */
public record ArtifactRef(String sha256, String kind, long size) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public ArtifactRef {
        Objects.requireNonNull(kind, "kind");
        if (!HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
    }

    public String shortHash() {
        return sha256.substring(0, 12);
    }
}
