package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marsad.geo.GazetteerImporter;
import org.marsad.geo.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad gazetteer import FILE}: a GeoNames dump into the data directory, for every later command. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a GeoNames-format file (cities500.txt, a country file such as SY.txt, allCountries.txt, "
                + "or an overlay with a 20th 'source' column) into <data>/gazetteer/imported-<name>.tsv; geocode, "
                + "extract and ingest load it with the bundled gazetteer from then on.",
                "The file is streamed, never read whole. A malformed row is printed as 'file:line: reason' and the "
                + "rest is imported. Importing the same file again replaces the earlier copy: no duplicates."},
        footer = ExitCode.HELP)
final class GazetteerImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--countries", paramLabel = "CC,CC", split = ",",
            description = "Keep only rows of these ISO alpha-2 country codes (e.g. SY,IQ); default: every row.")
    String[] countries = {};

    @Parameters(index = "0", paramLabel = "FILE", description = "The GeoNames-format file (UTF-8, tab-separated).")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("marsad: " + file + ": no such file");
            return ExitCode.USAGE;
        }
        Set<String> keep = Arrays.stream(countries).map(c -> c.strip().toUpperCase(Locale.ROOT))
                .filter(c -> !c.isEmpty()).collect(Collectors.toSet());
        ImportSummary summary = new GazetteerImporter(data.dataDir()).importFile(file, keep, r -> {
            err.println("rejected " + r.line());
            err.flush();
        });
        out.println(summary.line());
        out.flush();
        return summary.rejected() == 0 ? ExitCode.OK : ExitCode.SOME_REJECTED;
    }
}
