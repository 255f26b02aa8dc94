package org.marsad;

/** Entry point: the picocli command line; {@code serve} and {@code demo} boot the web app. */
public final class Marsad {
    private Marsad() {
    }

    public static void main(String[] args) {
        System.exit(org.marsad.cli.Cli.run(args));
    }
}
