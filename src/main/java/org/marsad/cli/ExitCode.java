package org.marsad.cli;

/** The documented exit codes of every {@code marsad} command. */
public final class ExitCode {
    /** Everything asked was done. */
    public static final int OK = 0;
    /** The run finished, but some input was rejected (each rejection printed and recorded). */
    public static final int SOME_REJECTED = 1;
    /** The command line was wrong (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** Configuration is broken (lexicon, gazetteer, database settings, port in use): nothing was done. */
    public static final int CONFIGURATION = 3;
    /** An unexpected failure; the message says what, MARSAD_DEBUG=1 prints the stack trace. */
    public static final int FAILURE = 4;

    private ExitCode() {
    }

    /** The text that every command's --help ends with. */
    static final String HELP = "%nExit codes:%n"
            + "  0  done%n"
            + "  1  done, but some input was rejected (printed and recorded)%n"
            + "  2  wrong command line%n"
            + "  3  broken configuration (lexicon, gazetteer, database, port): nothing done%n"
            + "  4  unexpected failure%n";
}
