package io.portalis.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portalis.cuda.ScanKernel.ScanCount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuScanKernelTest {
    private final ScanKernel kernel = new CpuScanKernel();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void countsEachKindOfLineEnd() {
        List<ScanCount> counts = kernel.scan(List.of(
                utf8(""), utf8("x"), utf8("x\n"), utf8("a\nb"), utf8("a\r\nb\r\n"), utf8("a\rb\r"), utf8("\n\n"),
                utf8("é\n")));
        assertEquals(List.of(
                new ScanCount(0, 0), new ScanCount(1, 1), new ScanCount(2, 1), new ScanCount(3, 2),
                new ScanCount(6, 2), new ScanCount(4, 2), new ScanCount(2, 2), new ScanCount(3, 1)), counts);
    }

    /** String.lines() splits on the same three terminators, so it is an independent oracle. */
    @Test
    void agreesWithStringLinesOnRandomText() {
        Random random = new Random(7);
        char[] alphabet = {'a', ' ', '\n', '\r', 'z', '\t'};
        List<byte[]> batch = new ArrayList<>();
        List<ScanCount> expected = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            batch.add(utf8(text.toString()));
            expected.add(new ScanCount(text.length(), text.toString().lines().count()));
        }
        assertEquals(expected, kernel.scan(batch));
    }

    @Test
    void scansFilesInOrder(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.py"), "print(1)\nprint(2)\n");
        Path b = Files.writeString(dir.resolve("b.py"), "x = 1");
        assertEquals(List.of(new ScanCount(18, 2), new ScanCount(5, 1)), kernel.scanFiles(List.of(a, b)));
    }
}
