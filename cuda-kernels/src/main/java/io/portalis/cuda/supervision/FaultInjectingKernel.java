package io.portalis.cuda.supervision;

import io.portalis.cuda.census.Census;
import io.portalis.cuda.census.CensusKernel;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;

/**
 * The fault-injection switch: a kernel that throws a CUDA-style {@link DeviceFault} on the calls
 * the predicate picks (numbered from 1) and otherwise delegates. It stands in for a GPU kernel
 * where there is none, so supervision and fallback can be tested on any machine.
 */
public final class FaultInjectingKernel implements CensusKernel {
    private final CensusKernel delegate;
    private final LongPredicate faultOnCall;
    private final AtomicLong calls = new AtomicLong();

    public FaultInjectingKernel(CensusKernel delegate, LongPredicate faultOnCall) {
        this.delegate = delegate;
        this.faultOnCall = faultOnCall;
    }

    /** Faults on every {@code n}-th call. */
    public static FaultInjectingKernel everyNth(CensusKernel delegate, long n) {
        return new FaultInjectingKernel(delegate, call -> call % n == 0);
    }

    @Override
    public String name() {
        return delegate.name() + "+faults";
    }

    @Override
    public List<Census> census(List<byte[]> sources) {
        long call = calls.incrementAndGet();
        if (faultOnCall.test(call)) {
            throw new DeviceFault("injected CUDA_ERROR_LAUNCH_FAILED on call " + call);
        }
        return delegate.census(sources);
    }
}
