package io.portalis.cuda.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@code census.cu} and {@link CensusLexer} in step without a GPU: the kernel's C is
 * compiled for the host ({@code scripts/host_twin_main.c}) and must give the CPU twin's counts,
 * all sixteen of them, on every source.
 */
class CensusKernelHostTwinTest {
    private static final String[] FRAGMENTS = {"import os\n", "from m import *\n", "x = eval('1')\n", "exec(code)\n",
        "s = \"eval(2)\"  # exec(3)\n", "getattr(o, 'a'); setattr(o, 'b', 1)\n", "o.__dict__ is o.__class__\n",
        "class A(B, metaclass=M): pass\n", "print(f'{eval(\"4\")} {x!r:>{w}} {{no}}')\n", "'''\neval(5)\n'''\n",
        "def eval(s): return s.exec(s)\n", "y = [1, 2,\n 3]\r\n", "t = 0x1F + 1e-5j + .5 + 3.\n",
        "\u00e9t\u00e9 = 1\n", "z = 1 + \\\n    eval('6')\n", "rb'\\x00' ; F\"\\N{BULLET} {a=}\"\n",
        "if x: import json; from json import *\n", "w = eval\n(print)\n", "u = \"unterminated\n", "lambda: (yield)\n"};

    private static Optional<String> compiler() {
        for (String cc : List.of("clang-14", "clang", "cc", "gcc")) {
            Optional<String> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                    .map(dir -> Path.of(dir, cc)).filter(Files::isExecutable).map(Path::toString).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Test
    void theKernelsCGivesTheCpuTwinsCounts(@TempDir Path dir) throws IOException, InterruptedException {
        Optional<String> cc = compiler();
        assumeTrue(cc.isPresent(), "no C compiler on PATH: census.cu cannot be built for the host");
        Path twin = dir.resolve("twin");
        run(List.of(cc.get(), "-O1", "-x", "c", "-o", twin.toString(), Path.of("scripts/host_twin_main.c").toString()));

        Random random = new Random(5);
        List<String> args = new ArrayList<>(List.of(twin.toString()));
        List<Census> expected = new ArrayList<>();
        for (int f = 0; f < 300; f++) {
            StringBuilder source = new StringBuilder();
            for (int k = random.nextInt(25); k >= 0; k--) {
                source.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            byte[] bytes = source.toString().getBytes(StandardCharsets.UTF_8);
            Path file = Files.write(dir.resolve("m" + f + ".py"), bytes);
            args.add(file.toString());
            expected.add(CpuCensusKernel.censusOf(bytes));
        }
        String out = run(args);
        List<Census> actual = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] f = line.split(" ");
            long[] c = new long[16];
            for (int k = 0; k < 16; k++) {
                c[k] = Long.parseLong(f[f.length - 16 + k]);
            }
            actual.add(new Census(1, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12],
                    c[13], c[14], c[15], 0, null));
        }
        assertEquals(expected, actual);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command.get(0) + " failed:\n" + out);
        }
        return out;
    }
}
