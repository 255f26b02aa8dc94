package org.marsad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by the commands that open the store. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Where the embedded database lives (default: $MARSAD_DATA or ./marsad-data). "
                    + "Set MARSAD_JDBC_URL (with MARSAD_DB_USER, MARSAD_DB_PASSWORD) to use PostgreSQL instead.")
    Path data;

    Path dataDir() {
        if (data != null) {
            return data;
        }
        String env = System.getenv("MARSAD_DATA");
        return Path.of(env == null || env.isBlank() ? "marsad-data" : env);
    }
}
