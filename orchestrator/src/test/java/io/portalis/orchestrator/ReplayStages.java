package io.portalis.orchestrator;

import io.portalis.agents.StageResult;
import io.portalis.build.BuildRequest;
import io.portalis.build.BuiltModule;
import io.portalis.packaging.PackageRequest;
import io.portalis.packaging.PackagedModule;
import io.portalis.testing.ProgramRun;
import io.portalis.testing.Verification;
import io.portalis.testing.VerifyRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Fake stages that write real files (a "binary" per module, its package and report), count
 * which modules each stage saw, and can hang chosen modules at build or test until released,
 * which is where a test "crashes" the process.
 */
final class ReplayStages {
    final List<String> builds = new CopyOnWriteArrayList<>();
    final List<String> tests = new CopyOnWriteArrayList<>();
    final List<String> ingested = new CopyOnWriteArrayList<>();
    private final Set<String> hangAtBuild;
    private final Set<String> hangAtTest;
    final CountDownLatch release = new CountDownLatch(1);
    /** Each build takes this long, so that a test can catch jobs mid-work. */
    volatile long buildMillis;
    /** From now on every build hangs until {@link #release}: a node that can finish nothing more. */
    volatile boolean hangEveryBuild;

    ReplayStages(Set<String> hangAtBuild, Set<String> hangAtTest) {
        this.hangAtBuild = hangAtBuild;
        this.hangAtTest = hangAtTest;
    }

    PipelineStages stages() {
        return new PipelineStages(file -> {
            ingested.add(FakeStages.stem(file));
            return FakeStages.parse(file);
        }, FakeStages::analyze, FakeStages::transpile, this::build, this::verify, this::pack,
                report -> StageResult.ok(report.outDir().resolve(report.stem() + ".report.json")));
    }

    private StageResult<BuiltModule> build(BuildRequest request) throws InterruptedException {
        String stem = request.crate().module().stem();
        builds.add(stem);
        hangIf(hangAtBuild.contains(stem) || hangEveryBuild);
        if (buildMillis > 0) {
            Thread.sleep(buildMillis);
        }
        Path binary = request.workDir().resolve(stem + ".wasm");
        write(binary, "binary of " + stem);
        return StageResult.ok(new BuiltModule(request.crate().module(), request.target(), binary, request.crate(),
                "fake 0.0"));
    }

    private StageResult<Verification> verify(VerifyRequest request) {
        String stem = request.built().module().stem();
        tests.add(stem);
        hangIf(hangAtTest.contains(stem));
        byte[] out = ("hello from " + stem + "\n").getBytes(StandardCharsets.UTF_8);
        ProgramRun run = new ProgramRun(0, out, new byte[0], Duration.ofMillis(1));
        return StageResult.ok(new Verification(run, Optional.of(run), true));
    }

    private StageResult<PackagedModule> pack(PackageRequest request) {
        Path out = request.outDir();
        try {
            Path binary = out.resolve(request.stem() + ".wasm");
            Files.createDirectories(out);
            Files.copy(request.built().binary(), binary, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            write(out.resolve(request.stem()).resolve("src/main.rs"), "fn main() {}\n");
            write(out.resolve(request.stem() + ".report.json"), "{\"module\": \"" + request.stem() + "\"}");
            return StageResult.ok(new PackagedModule(binary, out.resolve(request.stem()),
                    out.resolve(request.stem() + ".report.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void hangIf(boolean hang) {
        if (hang) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
