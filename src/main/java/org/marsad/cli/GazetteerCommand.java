package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.geo.Gazetteer;
import org.marsad.geo.GazetteerImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad gazetteer import FILE}: adds a GeoNames dump to the places Marsad resolves. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Manage the gazetteer of places.",
        subcommands = {GazetteerCommand.Import.class, CommandLine.HelpCommand.class}, footer = ExitCode.HELP)
final class GazetteerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a GeoNames dump in the 'geoname' table format (cities500.txt, a country file "
                    + "such as SY.txt, allCountries.txt) into <data>/gazetteer, read after the bundled gazetteer by "
                    + "every command. The file is streamed; a malformed row is printed as 'file:line: reason' and "
                    + "skipped. Importing the same file again replaces its earlier import."},
            footer = ExitCode.HELP)
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataOption data = new DataOption();

        @Parameters(paramLabel = "FILE", description = "A GeoNames dump (tab-separated, UTF-8).")
        Path file;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            data.dataDir();
            GazetteerImport.Result result;
            try {
                result = new GazetteerImport(Components.gazetteerFolder()).run(file, r -> err.println("rejected " + r.line()));
            } catch (IllegalArgumentException e) {
                err.println("rejected " + e.getMessage());
                return ExitCode.SOME_REJECTED;
            }
            long started = System.nanoTime();
            Gazetteer places = Components.gazetteer();
            out.printf("imported %,d places from %s (%,d rows rejected) into %s; the gazetteer now holds %,d places "
                            + "(loaded in %.1f s)%n", result.imported(), file.getFileName(), result.rejected(), result.file(),
                    places.size(), (System.nanoTime() - started) / 1e9);
            return result.rejected() == 0 ? ExitCode.OK : ExitCode.SOME_REJECTED;
        }
    }
}
