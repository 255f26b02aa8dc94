package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.marsad.ingest.Ingestor;
import org.marsad.ingest.ParsedReport;

/**
 * The FILE…|- arguments of the commands that read reports without a store: files and folders
 * are read as {@code ingest} reads them, "-" is standard input. Each rejection is printed as it
 * comes; the count says whether the run had any.
 */
final class ReportFiles {
    private final List<String> files;
    private int rejected;

    ReportFiles(List<String> files) {
        this.files = List.copyOf(files);
    }

    void read(Ingestor ingestor, Consumer<ParsedReport> report, PrintWriter err) {
        Consumer<org.marsad.report.Rejection> reject = r -> {
            rejected++;
            err.println("rejected " + r.line());
            err.flush();
        };
        for (String file : files) {
            if (file.equals("-")) {
                ingestor.read("stdin", System.in, null, report, reject);
            } else {
                ingestor.read(Path.of(file), report, reject);
            }
        }
    }

    int rejected() {
        return rejected;
    }
}
