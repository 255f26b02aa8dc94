package org.marsad.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code marsad eval …}: scores a stage against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score a stage against a gold file and list what it got wrong.",
        subcommands = {EvalIncidentsCommand.class}, footer = ExitCode.HELP)
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
