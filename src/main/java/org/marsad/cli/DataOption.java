package org.marsad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by the commands that open the store. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Where Marsad keeps its data: the embedded database and imported gazetteers "
                    + "(default: $MARSAD_DATA or ./marsad-data). "
                    + "Set MARSAD_JDBC_URL (with MARSAD_DB_USER, MARSAD_DB_PASSWORD) to use PostgreSQL instead.")
    Path data;

    Path dataDir() {
        Path dir = data != null ? data : defaultDir();
        Components.useDataDir(dir);
        return dir;
    }

    /** $MARSAD_DATA, or ./marsad-data. */
    static Path defaultDir() {
        String env = System.getenv("MARSAD_DATA");
        return Path.of(env == null || env.isBlank() ? "marsad-data" : env);
    }
}
