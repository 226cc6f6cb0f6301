package io.portalis.orchestrator.durable;

import io.portalis.agents.JobId;
import io.portalis.agents.ModuleId;
import io.portalis.agents.artifacts.ArtifactRef;
import io.portalis.build.Target;
import io.portalis.ingest.SourceFile;
import io.portalis.orchestrator.JobInput;
import io.portalis.orchestrator.JobOptions;
import io.portalis.orchestrator.JobSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A job as the journal records it at submission: enough to run it again after a crash. Rows
 * written before {@code library}, {@code data} and {@code env} were recorded read as a program job
 * without data or environment grants, which is what those jobs were unless they said otherwise.
 * {@code env} holds the grants as given: a bare {@code NAME} is read from the environment again
 * when the job runs, so the journal keeps no value the user did not type. {@code stdin} is the
 * file the runs read as standard input, or null.
 */
public record JobRecord(String id, List<Input> inputs, String outDir, String target, String engine, boolean verify,
        String workDir, boolean run, boolean library, List<String> data, List<String> env, String stdin)
        implements JournalSerializable {

    /** One input file: the module it becomes, where it is, and the name diagnostics give it. */
    public record Input(String module, String path, String displayName) {}

    public JobRecord {
        inputs = List.copyOf(inputs);
        data = data == null ? List.of() : List.copyOf(data);
        env = env == null ? List.of() : List.copyOf(env);
    }

    public static JobRecord of(JobSpec spec) {
        JobOptions o = spec.options();
        return new JobRecord(spec.id().value(),
                spec.inputs().stream().map(i -> new Input(i.module().dottedName(), i.source().path().toString(),
                        i.source().displayName())).toList(),
                o.outDir().toString(), o.target().name(), o.engine(), o.verify(), o.workDir().toString(), o.run(),
                o.library(), o.data().stream().map(Path::toString).toList(), o.env(),
                o.stdin().map(Path::toString).orElse(null));
    }

    /** The job again, with the binaries its modules had built before (by module name). */
    public JobSpec toSpec(Map<String, ArtifactRef> builtBefore) {
        List<JobInput> jobInputs = inputs.stream()
                .map(i -> new JobInput(new ModuleId(i.module()), new SourceFile(Path.of(i.path()), i.displayName())))
                .toList();
        JobOptions options = new JobOptions(Path.of(outDir), Target.valueOf(target), engine, verify, Path.of(workDir),
                run, library, data.stream().map(Path::of).toList(), env, Optional.ofNullable(stdin).map(Path::of));
        Map<ModuleId, ArtifactRef> built = new java.util.HashMap<>();
        builtBefore.forEach((module, ref) -> built.put(new ModuleId(module), ref));
        return new JobSpec(new JobId(id), jobInputs, options, Optional.empty(), built);
    }

    public JobRecord withWorkDir(Path dir) {
        return new JobRecord(id, inputs, outDir, target, engine, verify, dir.toString(), run, library, data, env, stdin);
    }

    /** The same work: a command run again with the same arguments (the id aside). */
    public boolean sameWorkAs(JobRecord other) {
        return inputs.equals(other.inputs) && outDir.equals(other.outDir) && target.equals(other.target)
                && engine.equals(other.engine) && verify == other.verify && run == other.run
                && library == other.library && data.equals(other.data) && env.equals(other.env)
                && java.util.Objects.equals(stdin, other.stdin);
    }
}
