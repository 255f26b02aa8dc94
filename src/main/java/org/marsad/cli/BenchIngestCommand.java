package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.bench.IngestBench;
import org.marsad.bench.StoreSeed;
import org.marsad.bench.SyntheticClaims;
import org.marsad.eval.SyntheticReports;
import org.marsad.ingest.ParsedReport;
import org.marsad.pipeline.Stages;
import org.marsad.report.Report;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad bench ingest}: single-report ingest time against a store of a million claims. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Seed an empty store with N generated claims (clustered and assessed), then ingest the sample "
                + "corpus one report per run, as 'marsad ingest one-report.jsonl' would, and print the time of each "
                + "run: median, p90, max and mean.",
                "Without --data the store is made in a temporary folder and deleted afterwards; with --data an "
                        + "already seeded store is reused (seeding a million claims takes a few minutes). "
                        + "Run with a heap limit, e.g. MARSAD_JAVA_OPTS=-Xmx2g ./marsad bench ingest"},
        footer = ExitCode.HELP)
final class BenchIngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--claims", defaultValue = "1000000", description = "Claims to seed the store with (default ${DEFAULT-VALUE}).")
    int claims;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", defaultValue = "30", description = "Generated reports ingested first, untimed (default ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data.data != null ? data.dataDir() : Files.createTempDirectory("marsad-bench-ingest");
        Components.useDataDir(dir);
        Path work = Files.createTempDirectory("marsad-bench-reports");
        try (Store store = Components.openStore(dir)) {
            Stages stages = Components.stages(store);
            seedWhenEmpty(store, stages, out);
            List<Report> corpus = sampleReports(stages, work);
            IngestBench.Result result = new IngestBench(stages, store, work,
                    Long.toString(System.currentTimeMillis(), 36)).run(generated(), corpus);
            out.println(result.lines());
            out.println("store after: " + store.counts());
        } finally {
            delete(work);
            if (data.data == null) {
                delete(dir);
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private void seedWhenEmpty(Store store, Stages stages, PrintWriter out) {
        long stored = store.counts().claims();
        if (stored > 0) {
            out.println(String.format(Locale.ROOT, "store already holds %,d claims; not seeding", stored));
            return;
        }
        out.println("seeding: " + SyntheticClaims.describe() + "; 5% dated to the month, 5% placed in a region, "
                + "5% unresolved");
        long start = System.nanoTime();
        int incidents = new StoreSeed(store, stages.clustering(), stages.assessor()).fill(claims, seed);
        out.println(String.format(Locale.ROOT, "seeded %,d claims in %,d incidents in %.0f s", claims, incidents,
                (System.nanoTime() - start) / 1e9));
        out.flush();
    }

    private List<Report> generated() {
        SyntheticReports reports = new SyntheticReports(seed);
        List<Report> out = new ArrayList<>();
        for (int i = 0; i < warmup; i++) {
            out.add(reports.next());
        }
        return out;
    }

    private static List<Report> sampleReports(Stages stages, Path work) throws IOException {
        Path corpus = SampleCorpus.copyTo(work.resolve("samples"));
        List<Report> reports = new ArrayList<>();
        for (Path path : SampleCorpus.reportPaths(corpus)) {
            stages.ingestor().read(path).reports().stream().map(ParsedReport::report).forEach(reports::add);
        }
        return reports;
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
