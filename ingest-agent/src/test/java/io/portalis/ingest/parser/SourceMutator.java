package io.portalis.ingest.parser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic source mutations for fuzzing: byte flips, truncations, deleted, duplicated and
 * swapped lines, and inserted brackets, quotes, indentation and string prefixes. One to three
 * mutations are applied per call.
 */
final class SourceMutator {
    private static final String[] INSERTS = {"(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", "\t", "    ",
        "\\", "\n", "\r", "f'", "rb\"", "f\"{", "}", ":", "=", "*", "**", "lambda", "async ", "match ", "case ",
        "type ", "#", "\u00e9", "\u0000", "\ufeff", "0x", "1_", "1e", "j", "@", ":=", "...", "if ", "else", "not ",
        "except*", "yield ", "\\N{", "# -*- coding: latin-1 -*-\n"};

    private final SplittableRandom random;

    SourceMutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    byte[] mutate(byte[] source) {
        byte[] out = source;
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            out = once(out);
        }
        return out;
    }

    private byte[] once(byte[] s) {
        return switch (random.nextInt(8)) {
            case 0 -> flipByte(s);
            case 1 -> Arrays.copyOf(s, s.length == 0 ? 0 : random.nextInt(s.length));
            case 2 -> editLines(s, Edit.DELETE);
            case 3 -> editLines(s, Edit.DUPLICATE);
            case 4 -> editLines(s, Edit.SWAP);
            case 5 -> editLines(s, Edit.INDENT);
            default -> insert(s, INSERTS[random.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8));
        };
    }

    private byte[] flipByte(byte[] s) {
        if (s.length == 0) {
            return s;
        }
        byte[] out = s.clone();
        int at = random.nextInt(s.length);
        out[at] = random.nextBoolean() ? (byte) (out[at] ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
        return out;
    }

    private byte[] insert(byte[] s, byte[] what) {
        int at = s.length == 0 ? 0 : random.nextInt(s.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length + what.length);
        out.write(s, 0, at);
        out.writeBytes(what);
        out.write(s, at, s.length - at);
        return out.toByteArray();
    }

    private enum Edit { DELETE, DUPLICATE, SWAP, INDENT }

    private byte[] editLines(byte[] s, Edit edit) {
        List<byte[]> lines = splitLines(s);
        if (lines.isEmpty()) {
            return s;
        }
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        switch (edit) {
            case DELETE -> lines.remove(a);
            case DUPLICATE -> lines.add(a, lines.get(a));
            case SWAP -> {
                byte[] t = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, t);
            }
            case INDENT -> {
                byte[] pad = (random.nextBoolean() ? "\t" : " ".repeat(1 + random.nextInt(8)))
                        .getBytes(StandardCharsets.US_ASCII);
                byte[] line = lines.get(a);
                byte[] joined = Arrays.copyOf(pad, pad.length + line.length);
                System.arraycopy(line, 0, joined, pad.length, line.length);
                lines.set(a, joined);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length + 16);
        lines.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** Lines with their terminators kept, so joining them gives the input back. */
    private static List<byte[]> splitLines(byte[] s) {
        List<byte[]> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == '\n') {
                lines.add(Arrays.copyOfRange(s, from, i + 1));
                from = i + 1;
            }
        }
        if (from < s.length) {
            lines.add(Arrays.copyOfRange(s, from, s.length));
        }
        return lines;
    }
}
