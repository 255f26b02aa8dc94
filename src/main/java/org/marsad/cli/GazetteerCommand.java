package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad gazetteer …}: manage the places the geocoder knows. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Manage the gazetteer: the bundled Syria/Iraq places plus the GeoNames files you import.",
        subcommands = {GazetteerImportCommand.class, CommandLine.HelpCommand.class},
        footer = ExitCode.HELP)
final class GazetteerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
