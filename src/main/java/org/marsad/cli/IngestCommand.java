package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.pipeline.IngestSummary;
import org.marsad.pipeline.Ingestion;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad ingest PATH…}: files and folders into the store, through the whole pipeline. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read reports from files and folders into the store: extract claims, resolve places, "
                + "merge them into incidents and grade them.",
                "Formats: .html/.htm pages, .txt, report JSON Lines (.jsonl), Telegram Desktop exports (.json), "
                + ".csv. Re-ingesting the same bytes stores nothing new. Bad input is printed as "
                + "'file:line: reason', recorded, and the rest of the run goes on."},
        footer = ExitCode.HELP)
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data = new DataOption();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = Components.openStore(data.dataDir())) {
            IngestSummary summary = ingest(store, paths, err);
            out.println(summary.line());
            out.flush();
            return summary.rejections() == 0 ? ExitCode.OK : ExitCode.SOME_REJECTED;
        }
    }

    static IngestSummary ingest(Store store, List<Path> paths, PrintWriter err) {
        Ingestion ingestion = new Ingestion(Components.stages(store), store, Clock.systemUTC());
        IngestSummary summary = ingestion.ingest(paths, r -> {
            err.println("rejected " + r.line());
            err.flush();
        });
        return summary;
    }
}
