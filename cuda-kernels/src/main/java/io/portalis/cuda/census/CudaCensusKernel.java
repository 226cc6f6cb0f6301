package io.portalis.cuda.census;

import static jcuda.driver.JCudaDriver.cuCtxCreate;
import static jcuda.driver.JCudaDriver.cuCtxSetCurrent;
import static jcuda.driver.JCudaDriver.cuCtxSetLimit;
import static jcuda.driver.JCudaDriver.cuDeviceGet;
import static jcuda.driver.JCudaDriver.cuInit;
import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuMemAlloc;
import static jcuda.driver.JCudaDriver.cuMemAllocHost;
import static jcuda.driver.JCudaDriver.cuMemFree;
import static jcuda.driver.JCudaDriver.cuMemFreeHost;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoHAsync;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoDAsync;
import static jcuda.driver.JCudaDriver.cuModuleGetFunction;
import static jcuda.driver.JCudaDriver.cuModuleLoadData;
import static jcuda.driver.JCudaDriver.cuStreamCreate;
import static jcuda.driver.JCudaDriver.cuStreamSynchronize;

import io.portalis.cuda.supervision.DeviceFault;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jcuda.CudaException;
import jcuda.Pointer;
import jcuda.Sizeof;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import jcuda.driver.CUlimit;
import jcuda.driver.CUmodule;
import jcuda.driver.CUstream;
import jcuda.driver.JCudaDriver;

/**
 * The census on an NVIDIA GPU through JCuda's driver API: {@code census.ptx} (built from
 * {@code src/main/cuda/census.cu}) loaded with {@code cuModuleLoadData}, each batch laid end to
 * end in a pinned host buffer, copied with plain {@code cuMemAlloc} device memory on one stream,
 * one thread per file. The text check ({@link SourceCheck}) stays on the host. Every CUDA call
 * is checked (JCuda's exceptions are on); a CUDA error becomes a {@link DeviceFault}.
 *
 * <p>Never measured: no GPU was available when it was written. {@code CudaCensusKernelTest} runs
 * it against the CPU twin where a GPU is present.
 */
public final class CudaCensusKernel implements CensusKernel {
    private static final int COUNTS = 16; // census.cu's C_COUNT
    private static final int THREADS_PER_BLOCK = 128;

    private final CUcontext context;
    private final CUfunction function;
    private final CUstream stream;

    private CudaCensusKernel(CUcontext context, CUfunction function, CUstream stream) {
        this.context = context;
        this.function = function;
        this.stream = stream;
    }

    /** Opens device 0 and loads the kernel; throws {@link DeviceFault} saying why it cannot. */
    public static CudaCensusKernel open() {
        Optional<String> absence = GpuProbe.absence();
        if (absence.isPresent()) {
            throw new DeviceFault(absence.get());
        }
        try {
            JCudaDriver.setExceptionsEnabled(true);
            cuInit(0);
            CUdevice device = new CUdevice();
            cuDeviceGet(device, 0);
            CUcontext context = new CUcontext();
            cuCtxCreate(context, 0, device);
            // The lexer recurses into f-string fields; give each thread room beyond the 1 KiB default.
            cuCtxSetLimit(CUlimit.CU_LIMIT_STACK_SIZE, 16 * 1024);
            CUmodule module = new CUmodule();
            cuModuleLoadData(module, ptx());
            CUfunction function = new CUfunction();
            cuModuleGetFunction(function, module, "census");
            CUstream stream = new CUstream();
            cuStreamCreate(stream, 0);
            return new CudaCensusKernel(context, function, stream);
        } catch (CudaException | UnsatisfiedLinkError e) {
            throw new DeviceFault("cannot open the GPU: " + e.getMessage());
        }
    }

    /** The PTX resource, NUL-terminated as cuModuleLoadData wants it. */
    public static byte[] ptx() {
        try (InputStream in = CudaCensusKernel.class.getResourceAsStream("/io/portalis/cuda/census.ptx")) {
            if (in == null) {
                throw new IllegalStateException("census.ptx is missing from the jar");
            }
            byte[] text = in.readAllBytes();
            return Arrays.copyOf(text, text.length + 1);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read census.ptx", e);
        }
    }

    @Override
    public String name() {
        return "cuda";
    }

    @Override
    public synchronized List<Census> census(List<byte[]> sources) {
        List<Census> out = new ArrayList<>(sources.size());
        List<byte[]> text = new ArrayList<>();
        for (byte[] source : sources) {
            Optional<String> problem = SourceCheck.problem(source);
            out.add(problem.map(Census::failed).orElse(null));
            if (problem.isEmpty()) {
                text.add(source);
            }
        }
        if (!text.isEmpty()) {
            long[] counts = launch(text);
            int next = 0;
            for (int k = 0; k < out.size(); k++) {
                if (out.get(k) == null) {
                    out.set(k, census(counts, next++));
                }
            }
        }
        return List.copyOf(out);
    }

    private static Census census(long[] c, int file) {
        int b = file * COUNTS;
        return new Census(1, c[b], c[b + 1], c[b + 2], c[b + 3], c[b + 4], c[b + 5], c[b + 6], c[b + 7], c[b + 8],
                c[b + 9], c[b + 10], c[b + 11], c[b + 12], c[b + 13], c[b + 14], c[b + 15], 0, null);
    }

    private long[] launch(List<byte[]> sources) {
        int files = sources.size();
        long[] offsets = new long[files + 1];
        for (int k = 0; k < files; k++) {
            offsets[k + 1] = offsets[k] + sources.get(k).length;
        }
        long bytes = Math.max(1, offsets[files]);
        Pointer host = new Pointer();
        CUdeviceptr data = new CUdeviceptr();
        CUdeviceptr deviceOffsets = new CUdeviceptr();
        CUdeviceptr deviceOut = new CUdeviceptr();
        boolean pinned = false;
        List<CUdeviceptr> allocated = new ArrayList<>();
        try {
            cuCtxSetCurrent(context); // the calling thread may differ from batch to batch
            cuMemAllocHost(host, bytes);
            pinned = true;
            ByteBuffer buffer = host.getByteBuffer(0, bytes).order(ByteOrder.nativeOrder());
            for (byte[] source : sources) {
                buffer.put(source);
            }
            cuMemAlloc(data, bytes);
            allocated.add(data);
            cuMemAlloc(deviceOffsets, (long) (files + 1) * Sizeof.LONG);
            allocated.add(deviceOffsets);
            cuMemAlloc(deviceOut, (long) files * COUNTS * Sizeof.LONG);
            allocated.add(deviceOut);
            cuMemcpyHtoDAsync(data, host, bytes, stream);
            cuMemcpyHtoDAsync(deviceOffsets, Pointer.to(offsets), (long) (files + 1) * Sizeof.LONG, stream);
            Pointer params = Pointer.to(Pointer.to(data), Pointer.to(deviceOffsets), Pointer.to(new int[] {files}),
                    Pointer.to(deviceOut));
            int blocks = (files + THREADS_PER_BLOCK - 1) / THREADS_PER_BLOCK;
            cuLaunchKernel(function, blocks, 1, 1, THREADS_PER_BLOCK, 1, 1, 0, stream, params, null);
            long[] counts = new long[files * COUNTS];
            cuMemcpyDtoHAsync(Pointer.to(counts), deviceOut, (long) counts.length * Sizeof.LONG, stream);
            cuStreamSynchronize(stream);
            return counts;
        } catch (CudaException e) {
            throw new DeviceFault("CUDA error: " + e.getMessage());
        } finally {
            allocated.forEach(CudaCensusKernel::freeQuietly);
            if (pinned) {
                try {
                    cuMemFreeHost(host);
                } catch (CudaException ignored) {
                    // the fault already being reported is the one that matters
                }
            }
        }
    }

    private static void freeQuietly(CUdeviceptr pointer) {
        try {
            cuMemFree(pointer);
        } catch (CudaException ignored) {
            // as above
        }
    }
}
