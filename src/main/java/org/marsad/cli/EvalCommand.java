package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad eval …}: score a stage against a gold file; each stage plugs in as a sub-command. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score a pipeline stage against a gold file written by hand.",
        subcommands = {EvalPlacesCommand.class, CommandLine.HelpCommand.class},
        footer = ExitCode.HELP)
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
