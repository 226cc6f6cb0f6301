package io.portalis.transpiler.dynamic;

import io.portalis.transpiler.NativeRustc;
import io.portalis.agents.diagnostics.DiagnosticRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** For working on the lowering by hand: lowers, builds and runs the given files, printing what happened. */
final class DynScratch {
    private DynScratch() {}

    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Path py = Path.of(a);
            DynCompile.Built b = DynCompile.build(py);
            b.lowered().problems().all().forEach(d -> System.out.print(DiagnosticRenderer.render(d)));
            if (b.lowered().rust() == null) {
                continue;
            }
            Files.writeString(Path.of("/tmp/dynscratch.rs"), b.lowered().rust());
            if (b.rustc().exit() != 0 || !b.rustc().stderr().isEmpty()) {
                System.out.println(b.rustc().stderr());
                continue;
            }
            NativeRustc.Run run = NativeRustc.exec(b.binary().getParent(), List.of(b.binary().toString()));
            System.out.print(run.stdout());
            System.out.print(run.stderr());
            System.out.println("[exit " + run.exit() + "]");
        }
    }
}
