package io.portalis.cuda.census;

import java.util.List;
import java.util.Optional;

/** The CPU twin: the census of each source of a batch, in parallel over the common pool. */
public final class CpuCensusKernel implements CensusKernel {
    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public List<Census> census(List<byte[]> sources) {
        return sources.parallelStream().map(CpuCensusKernel::censusOf).toList();
    }

    /** The census of one source. */
    public static Census censusOf(byte[] source) {
        Optional<String> problem = SourceCheck.problem(source);
        return problem.isPresent() ? Census.failed(problem.get()) : CensusLexer.count(source);
    }
}
