package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.geo.Geocoder;
import org.marsad.geo.GoldSentence;
import org.marsad.geo.PlaceEvaluation;
import org.marsad.geo.PlaceGoldSet;
import org.marsad.geo.PlaceOutcome;
import org.marsad.geo.PlaceScore;
import org.marsad.geo.SpuriousPlace;
import org.marsad.report.Language;
import org.marsad.report.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad eval places GOLD}: how often the geocoder picks the right place, per split and language. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = {"Geocode every sentence of a place gold file and print, for dev and test and for Arabic and "
                + "English separately: places, found, accuracy of the chosen entry, share within 10 km and within "
                + "161 km, mean error in km; then every miss (more than 10 km off or not found) and every place found that the gold does not name.",
                "Gold format: id<TAB>dev|test<TAB>ar|en<TAB>text<TAB>mention=gazetteerId@lat,lon ; …"},
        footer = ExitCode.HELP)
final class EvalPlacesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--split", paramLabel = "dev|test", description = "Score one split only; default: both.")
    String split;

    @Option(names = "--no-misses", description = "Do not list the misses.")
    boolean noMisses;

    @Parameters(index = "0", paramLabel = "GOLD", description = "The gold file, e.g. gold/places/places-gold.tsv.")
    Path gold;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(gold)) {
            err.println("marsad: " + gold + ": no such file");
            return ExitCode.USAGE;
        }
        List<Rejection> rejected = new ArrayList<>();
        List<GoldSentence> sentences = PlaceGoldSet.read(gold, rejected::add);
        rejected.forEach(r -> err.println("rejected " + r.line()));
        PlaceEvaluation evaluation = PlaceEvaluation.run(new Geocoder(Components.gazetteer()), sentences);
        out.println(sentences.size() + " sentences, " + evaluation.outcomes().size() + " gold places");
        out.println(PlaceScore.header());
        for (String s : split == null ? List.of("dev", "test") : List.of(split)) {
            for (Language lang : List.of(Language.EN, Language.AR)) {
                out.println(evaluation.score(s, lang).line());
            }
            out.println(evaluation.score(s, null).line());
        }
        if (!noMisses) {
            List<PlaceOutcome> misses = evaluation.misses(split);
            out.println(misses.size() + " misses (more than 10 km off or not found):");
            misses.forEach(m -> out.println("  " + m.split() + " " + m.describe()));
            List<SpuriousPlace> spurious = evaluation.spurious(split);
            out.println(spurious.size() + " places found that the gold does not name:");
            spurious.forEach(p -> out.println("  " + p.split() + " " + p.describe()));
        }
        out.flush();
        return rejected.isEmpty() ? ExitCode.OK : ExitCode.SOME_REJECTED;
    }
}
