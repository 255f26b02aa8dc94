package org.marsad.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command and its sub-commands; maps failures to documented exit codes. */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
        description = "Conflict observatory: reports in, verified incidents out.",
        subcommands = {DemoCommand.class, ServeCommand.class, IngestCommand.class, ExtractCommand.class,
                       GeocodeCommand.class, ExportCommand.class, UsersCommand.class, GazetteerCommand.class, EvalCommand.class, BenchCommand.class,
                       CommandLine.HelpCommand.class},
        footer = ExitCode.HELP)
public final class Cli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs a command line and returns its exit code; never calls System.exit. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cli());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> report(cmd.getErr(), ex));
        return cl;
    }

    private static int report(PrintWriter err, Exception ex) {
        if (ex instanceof ConfigurationProblem problem) {
            err.println("marsad: configuration problem: " + problem.getMessage());
            return ExitCode.CONFIGURATION;
        }
        err.println("marsad: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
        if (System.getenv("MARSAD_DEBUG") != null) {
            ex.printStackTrace(err);
        } else {
            err.println("marsad: run with MARSAD_DEBUG=1 for details");
        }
        return ExitCode.FAILURE;
    }
}
