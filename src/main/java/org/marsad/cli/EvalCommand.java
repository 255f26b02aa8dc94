package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.eval.EvalResult;
import org.marsad.eval.ExtractionEval;
import org.marsad.eval.GoldFile;
import org.marsad.eval.GoldReport;
import org.marsad.eval.Miss;
import org.marsad.eval.PlaceNames;
import org.marsad.extract.RuleExtractor;
import org.marsad.geo.GazetteerSpotter;
import org.marsad.lexicon.Lexicon;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad eval …}: scores a stage against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score a stage against a gold file.",
        subcommands = {EvalCommand.Extraction.class, EvalIncidentsCommand.class, EvalPlacesCommand.class, CommandLine.HelpCommand.class}, footer = ExitCode.HELP)
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code marsad eval extraction GOLD.jsonl}: precision, recall and F1 per field, per language. */
    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Run the extractor on each gold report and print precision, recall and F1 per field "
                    + "(event detection, eventType, subEventType, actor1, actor2, location name, date, fatalities, "
                    + "civilianFatalities, injured, attributedTo, stance), for each language.",
                    "Gold format and matching rule: gold/extraction/README.md."},
            footer = ExitCode.HELP)
    static final class Extraction implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Gold files (JSON lines).")
        List<Path> files;

        @Option(names = "--misses", description = "Also print every miss: report, field, gold and extracted values.")
        boolean misses;

        @Option(names = "--lexicon", paramLabel = "DIR", description = "Use the lexicon files in DIR instead of the bundled ones.")
        Path lexicon;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            RuleExtractor extractor;
            try {
                extractor = new RuleExtractor(lexicon == null ? Lexicon.bundled() : Lexicon.load(lexicon),
                        new GazetteerSpotter(Components.gazetteer()));
            } catch (IllegalStateException e) {
                throw new ConfigurationProblem(e.getMessage(), e);
            }
            ExtractionEval eval = new ExtractionEval(extractor, new PlaceNames(Components.gazetteer()));
            for (Path file : files) {
                List<GoldReport> gold = GoldFile.read(file);
                EvalResult result = eval.run(gold);
                out.println("extraction eval of " + file + ": " + result.reports() + " reports, "
                        + gold.stream().mapToInt(g -> g.claims().size()).sum() + " gold claims");
                out.print(result.table());
                if (misses) {
                    result.misses().stream().map(Miss::toString).forEach(out::println);
                }
                out.println();
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}
