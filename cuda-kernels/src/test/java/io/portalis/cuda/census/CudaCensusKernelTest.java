package io.portalis.cuda.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.cuda.supervision.DeviceFault;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The GPU path: its PTX is in the jar everywhere; it runs and matches the CPU twin where a GPU is. */
class CudaCensusKernelTest {
    private static final String[] FRAGMENTS = {"import os\n", "from m import *\n", "x = eval('1')\n", "exec(code)\n",
        "s = \"eval(2)\"  # exec(3)\n", "getattr(o, 'a')\n", "o.__dict__\n", "class A(metaclass=M): pass\n",
        "print(f'{eval(\"4\")} {x!r:>{w}}')\n", "'''\neval(5)\n'''\n", "def eval(s): return s.exec(s)\n",
        "y = [1, 2,\n 3]\r\n", "t = 0x1F + 1e-5j\n", "\u00e9t\u00e9 = 1\n"};

    @Test
    void thePtxResourceHoldsTheCensusEntry() {
        String ptx = new String(CudaCensusKernel.ptx(), StandardCharsets.US_ASCII);
        assertTrue(ptx.contains(".entry census("), "no census entry in census.ptx");
        assertTrue(ptx.contains(".target sm_75"), "census.ptx should target sm_75");
    }

    @Test
    void withoutAGpuOpeningSaysWhy() {
        assumeTrue(GpuProbe.absence().isPresent(), "this machine has a GPU");
        DeviceFault fault = assertThrows(DeviceFault.class, CudaCensusKernel::open);
        assertEquals(GpuProbe.absence().get(), fault.getMessage());
    }

    @Test
    void onAGpuTheKernelGivesTheCpuTwinsCounts() {
        assumeTrue(GpuProbe.absence().isEmpty(), "no GPU here (" + GpuProbe.absence().orElse("") + "): the PTX "
                + "cannot be loaded; this test runs on GPU machines");
        Random random = new Random(3);
        List<byte[]> sources = new ArrayList<>();
        for (int f = 0; f < 3000; f++) {
            StringBuilder source = new StringBuilder();
            for (int k = random.nextInt(30); k >= 0; k--) {
                source.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            sources.add(source.toString().getBytes(StandardCharsets.UTF_8));
        }
        sources.add(new byte[] {'x', 0, 'y'}); // not text: the host check answers for it
        sources.add(new byte[0]);
        CudaCensusKernel gpu = CudaCensusKernel.open();
        assertEquals(new CpuCensusKernel().census(sources), gpu.census(sources));
    }
}
