package io.portalis.orchestrator;

import io.portalis.agents.actor.StageActor;
import io.portalis.agents.artifacts.RustCrate;
import io.portalis.analysis.TypedModule;
import io.portalis.build.BuildRequest;
import io.portalis.build.BuiltModule;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.SourceFile;
import io.portalis.packaging.PackageRequest;
import io.portalis.packaging.PackagedModule;
import io.portalis.testing.Verification;
import io.portalis.testing.VerifyRequest;
import java.nio.file.Path;
import org.apache.pekko.actor.typed.ActorRef;

/** The orchestrator's stage actors, as each module runner addresses them. */
record StageRefs(
        ActorRef<StageActor.Command<SourceFile, ParsedModule>> ingest,
        ActorRef<StageActor.Command<ParsedModule, TypedModule>> analysis,
        ActorRef<StageActor.Command<io.portalis.transpiler.TranspileRequest, RustCrate>> transpile,
        ActorRef<StageActor.Command<BuildRequest, BuiltModule>> build,
        ActorRef<StageActor.Command<VerifyRequest, Verification>> test,
        ActorRef<StageActor.Command<PackageRequest, PackagedModule>> pack,
        ActorRef<StageActor.Command<FailureReport, Path>> reportFailure) {}
