package org.marsad.cli;

import java.util.concurrent.Callable;
import org.marsad.geo.Gazetteer;
import org.marsad.geo.Geocoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad geocode TEXT}: the places a text names, with candidates, choice and reasons. */
@Command(name = "geocode", mixinStandardHelpOptions = true,
        description = "Find the places a text names and resolve them against the bundled gazetteer, "
                + "printing the choice, its precision, the other candidates and the reasons.",
        footer = ExitCode.HELP)
final class GeocodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data = new DataOption();

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The text (Arabic or English); several words are joined.")
    String[] words;

    @Override
    public Integer call() {
        data.dataDir();
        Geocoder geocoder = new Geocoder(Components.gazetteer());
        spec.commandLine().getOut().print(geocoder.explain(String.join(" ", words)));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
