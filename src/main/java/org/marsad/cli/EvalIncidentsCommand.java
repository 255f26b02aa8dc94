package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.eval.IncidentEval;
import org.marsad.eval.IncidentEvaluation;
import org.marsad.eval.IncidentGold;
import org.marsad.eval.UnclusteredReasons;
import org.marsad.ingest.IngestBatch;
import org.marsad.ingest.ParsedReport;
import org.marsad.pipeline.AssessedIncident;
import org.marsad.pipeline.Clustering;
import org.marsad.pipeline.Stages;
import org.marsad.report.Report;
import org.marsad.report.ReportId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad eval incidents GOLD.jsonl}: clusters the gold reports in memory and scores the incidents. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = {"Extract, locate, cluster and grade the reports of an incident gold file in memory, then "
                + "print B-cubed precision, recall and F1 over reports, pairwise precision, recall and F1, the "
                + "recall of Arabic-English pairs of the same incident, and grade accuracy over gold incidents; then "
                + "the misses: split incidents, merged ones, wrong grades, and the reports about an event that "
                + "ended in no incident, with what their claims lacked.",
                "The gold format is described in gold/incidents/README.md. A gold file with problems is not "
                + "scored: every problem is printed with its line, and the exit code is 1."},
        footer = ExitCode.HELP)
final class EvalIncidentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD", description = "An incident gold file (report JSON Lines with answers).")
    Path goldFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(goldFile)) {
            err.println("marsad: " + goldFile + ": no such file");
            return ExitCode.SOME_REJECTED;
        }
        Stages stages = Components.stages();
        IngestBatch batch = stages.ingestor().read(goldFile);
        IncidentGold gold;
        try {
            gold = IncidentGold.parse(goldFile.toString(), Files.readAllLines(goldFile, StandardCharsets.UTF_8));
        } catch (IllegalStateException e) {
            err.println("marsad: " + e.getMessage());
            return ExitCode.SOME_REJECTED;
        }
        if (!batch.rejections().isEmpty()) {
            batch.rejections().forEach(r -> err.println("rejected " + r.line()));
            return ExitCode.SOME_REJECTED;
        }
        List<Report> reports = batch.reports().stream().map(ParsedReport::report).toList();
        List<AssessedIncident> incidents = new Clustering(stages).cluster(reports);
        IncidentEvaluation result = new IncidentEval(gold, reports, incidents).evaluate();
        EvaluationPrinter printer = new EvaluationPrinter(out);
        printer.print(goldFile.getFileName().toString(), gold, incidents.size(), result);
        printer.alone(reports, UnclusteredReasons.of(stages, reports, alone(gold, incidents)));
        out.flush();
        return ExitCode.OK;
    }

    /** Gold reports about an event that produced no clustered claim. */
    private static Set<ReportId> alone(IncidentGold gold, List<AssessedIncident> incidents) {
        Set<ReportId> out = new LinkedHashSet<>();
        gold.incidents().forEach((id, keys) -> {
            if (!keys.isEmpty()) {
                out.add(id);
            }
        });
        incidents.forEach(i -> i.incident().claims().forEach(c -> out.remove(c.claim().report())));
        return out;
    }

    /** Writes an evaluation as aligned figures, then one line per miss. */
    record EvaluationPrinter(PrintWriter out) {
        void alone(List<Report> reports, Map<ReportId, String> reasons) {
            out.println("reports about an event in no incident: " + reasons.size());
            for (Report r : reports) {
                if (reasons.containsKey(r.id())) {
                    out.println("  alone  " + r.id() + " (" + r.source() + ", " + r.language().code() + "): "
                            + reasons.get(r.id()));
                }
            }
        }

        void print(String file, IncidentGold gold, int predicted, IncidentEvaluation r) {
            long none = gold.incidents().values().stream().filter(List::isEmpty).count();
            out.println(file + ": " + gold.incidents().size() + " reports (" + none + " about no event), "
                    + gold.grades().size() + " gold incidents; " + predicted + " predicted incidents");
            out.println(line("B-cubed (reports)", r.score().bcubedPrecision(), r.score().bcubedRecall(), r.score().bcubedF1()));
            out.println(line("pairwise", r.score().pairPrecision(), r.score().pairRecall(), r.score().pairF1())
                    + String.format(Locale.ROOT, "   (%d gold pairs, %d predicted, %d both)",
                    r.score().goldPairs(), r.score().predictedPairs(), r.score().pairsFound()));
            out.println(String.format(Locale.ROOT, "%-20s recall %.3f  (%d of %d ar-en pairs together)",
                    "cross-language", r.crossLanguageRecall(), r.crossLanguageFound(), r.crossLanguagePairs()));
            out.println(String.format(Locale.ROOT, "%-20s %.3f  (%d of %d gold incidents)",
                    "grade accuracy", r.gradeAccuracy(), r.gradesRight(), r.gradesTotal()));
            misses(r);
        }

        private void misses(IncidentEvaluation r) {
            out.println("misses: " + r.splits().size() + " split, " + r.merges().size() + " merged, "
                    + r.gradeMisses().size() + " wrong grade");
            for (IncidentEvaluation.Split s : r.splits()) {
                out.println("  split  " + s.key() + " -> " + String.join(" | ", s.pieces().stream().map(this::piece).toList()));
            }
            for (IncidentEvaluation.Merge m : r.merges()) {
                out.println("  merged " + piece(m.incident()) + " <- " + String.join(" + ", m.byKey().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + " " + e.getValue()).toList()));
            }
            for (IncidentEvaluation.GradeMiss g : r.gradeMisses()) {
                out.println("  grade  " + g.key() + " expected " + g.expected() + ", got "
                        + (g.actual() == null ? "no incident" : g.actual() + " in " + piece(g.incident())) + ": " + g.why());
            }
        }

        private String piece(IncidentEvaluation.Piece p) {
            return (p.incident() == null ? "" : p.incident() + " ") + "(" + p.label() + ") " + p.reports();
        }

        private static String line(String what, double p, double r, double f) {
            return String.format(Locale.ROOT, "%-20s P %.3f  R %.3f  F1 %.3f", what, p, r, f);
        }
    }
}
