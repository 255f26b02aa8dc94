package org.marsad.cli;

import picocli.CommandLine.Option;

/** Where the web app listens. */
final class ServeOptions {
    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "HTTP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only; "
                    + "0.0.0.0 to serve the newsroom's network).")
    String bind;
}
