package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad bench …}: measure a stage on this machine; each stage plugs in as a sub-command. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure how fast a pipeline stage runs on this machine.",
        subcommands = {BenchPlacesCommand.class, CommandLine.HelpCommand.class},
        footer = ExitCode.HELP)
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
