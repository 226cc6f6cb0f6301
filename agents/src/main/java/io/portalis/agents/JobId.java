package io.portalis.agents;

import java.util.Objects;
import java.util.UUID;

/** Identifies one translation job across stages, journals and reports. */
public record JobId(String value) {
    public JobId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("job id must not be blank");
        }
    }

    public static JobId random() {
        return new JobId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
