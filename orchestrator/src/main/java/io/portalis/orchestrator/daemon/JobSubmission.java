package io.portalis.orchestrator.daemon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.build.Target;
import io.portalis.testing.engine.WasmEngines;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@code POST /v1/jobs} body, checked: {@code {"files": {"name.py": "<source>", …},
 * "options": {"target", "engine", "verify", "run", "env", "stdin"}}}. Every problem is an
 * {@link Invalid} whose message names it; the API answers it with 400.
 *
 * @param env   the environment variables granted to CPython and the translation for verification,
 *              as {@code NAME=VALUE} grants: over HTTP only given values, never the daemon's own
 *              (a bare name would hand a client the daemon's environment)
 * @param stdin the text both runs read as standard input for verification (UTF-8), if any
 */
record JobSubmission(Map<String, byte[]> files, Target target, String engine, boolean verify, boolean run,
                     java.util.List<String> env, java.util.Optional<byte[]> stdin) {
    static final int MAX_FILES = 256;
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\.py");
    private static final Set<String> OPTIONS = Set.of("target", "engine", "verify", "run", "env", "stdin");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request the API refuses, with the reason it gives. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    static JobSubmission parse(byte[] body) throws Invalid {
        String text = utf8(body, "the request body");
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Invalid("malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new Invalid("the body must be a JSON object with \"files\" and optional \"options\"");
        }
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals("files") && !key.equals("options")) {
                throw new Invalid("unknown field \"" + key + "\" (expected \"files\" and \"options\")");
            }
        }
        Map<String, byte[]> files = files(root.get("files"));
        JsonNode options = root.path("options");
        if (!options.isMissingNode() && !options.isObject()) {
            throw new Invalid("\"options\" must be an object");
        }
        for (Iterator<String> keys = options.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!OPTIONS.contains(key)) {
                throw new Invalid("unknown option \"" + key + "\" (expected one of target, engine, verify, run, env, stdin)");
            }
        }
        Target target = switch (text(options, "target", "wasm32-wasi")) {
            case "wasm32-wasi", "wasm32-wasip1" -> Target.WASM32_WASI;
            case "native" -> Target.NATIVE;
            default -> throw new Invalid("unknown target \"" + options.get("target").asText()
                    + "\" (expected wasm32-wasi or native)");
        };
        String engine = text(options, "engine", WasmEngines.DEFAULT);
        if (!WasmEngines.names().contains(engine)) {
            throw new Invalid("unknown engine \"" + engine + "\" (expected one of "
                    + String.join(", ", WasmEngines.names()) + ")");
        }
        boolean run = bool(options, "run", true);
        return new JobSubmission(files, target, engine, run && bool(options, "verify", true), run, env(options.get("env")),
                stdin(options.get("stdin")));
    }

    private static java.util.Optional<byte[]> stdin(JsonNode node) throws Invalid {
        if (node == null) {
            return java.util.Optional.empty();
        }
        if (!node.isTextual()) {
            throw new Invalid("option \"stdin\" must be a string (the programs' standard input)");
        }
        return java.util.Optional.of(node.asText().getBytes(StandardCharsets.UTF_8));
    }

    private static java.util.List<String> env(JsonNode node) throws Invalid {
        if (node == null) {
            return java.util.List.of();
        }
        if (!node.isObject()) {
            throw new Invalid("option \"env\" must be an object of variable name to value");
        }
        java.util.List<String> grants = new java.util.ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            String name = variable.getKey();
            if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0) {
                throw new Invalid("bad environment variable name \"" + name + "\" (empty, or holds = or NUL)");
            }
            if (!variable.getValue().isTextual() || variable.getValue().asText().indexOf('\0') >= 0) {
                throw new Invalid("the value of environment variable " + name + " must be a string without NUL");
            }
            grants.add(name + "=" + variable.getValue().asText());
        }
        return grants;
    }

    private static Map<String, byte[]> files(JsonNode node) throws Invalid {
        if (node == null) {
            throw new Invalid("missing field \"files\" (an object of file name to Python source)");
        }
        if (!node.isObject() || node.isEmpty()) {
            throw new Invalid("\"files\" must be a non-empty object of file name to Python source");
        }
        if (node.size() > MAX_FILES) {
            throw new Invalid("too many files: " + node.size() + " (at most " + MAX_FILES + " per job)");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> file = it.next();
            if (!FILE_NAME.matcher(file.getKey()).matches()) {
                throw new Invalid("bad file name \"" + file.getKey()
                        + "\": expected a Python module file name such as main.py, without directories");
            }
            if (!file.getValue().isTextual()) {
                throw new Invalid("the source of " + file.getKey() + " must be a JSON string");
            }
            files.put(file.getKey(), encode(file.getKey(), file.getValue().asText()));
        }
        return files;
    }

    /** JSON strings may hold lone surrogates (\ud800), which no UTF-8 file can. */
    private static byte[] encode(String name, String source) throws Invalid {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(source));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new Invalid("the source of " + name + " is not valid UTF-8 (it holds a lone surrogate)");
        }
    }

    private static String utf8(byte[] bytes, String what) throws Invalid {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Invalid(what + " is not valid UTF-8");
        }
    }

    private static String text(JsonNode options, String key, String fallback) throws Invalid {
        JsonNode value = options.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw new Invalid("option \"" + key + "\" must be a string");
        }
        return value.asText();
    }

    private static boolean bool(JsonNode options, String key, boolean fallback) throws Invalid {
        JsonNode value = options.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new Invalid("option \"" + key + "\" must be true or false");
        }
        return value.asBoolean();
    }
}
