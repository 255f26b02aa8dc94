package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command and its sub-commands; maps failures to documented exit codes. */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
        description = "Conflict observatory: reports in, verified incidents out.")
public final class Cli {
    public static int run(String... args) {
        return new CommandLine(new Cli()).execute(args);
    }
}
