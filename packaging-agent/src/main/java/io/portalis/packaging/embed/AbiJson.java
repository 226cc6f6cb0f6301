package io.portalis.packaging.embed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Java values to and from the ABI's JSON (docs/ABI.md, "Java values"): numbers (any
 * {@code Number}, {@code BigInteger} of any size, {@code NaN} and infinities as JSON's
 * {@code NaN}/{@code Infinity}), strings, booleans, {@code null}, collections and arrays as
 * arrays, maps with string keys and records or beans as objects.
 */
final class AbiJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AbiJson() {}

    static String arguments(Object[] args) {
        try {
            return MAPPER.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new ModuleFailure("the arguments cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static <T> T read(String json, JavaType type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new ModuleFailure("the result " + abbreviated(json) + " is not a " + type.getTypeName()
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String abbreviated(String json) {
        return json.length() > 80 ? json.substring(0, 77) + "..." : json;
    }
}
