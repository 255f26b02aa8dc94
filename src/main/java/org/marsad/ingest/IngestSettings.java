package org.marsad.ingest;

/**
 * Size limits that keep one hostile or mistaken input from exhausting memory.
 *
 * @param maxFileBytes   the largest file read whole (plain text, HTML, Telegram JSON, CSV); larger
 *                       ones are rejected from their size alone, before any byte is read
 * @param maxReportBytes the largest single report: one JSON line, one CSV row, one Telegram
 *                       message, one plain-text file
 */
public record IngestSettings(long maxFileBytes, int maxReportBytes) {
    /** 10 MB per whole file, 2 MB per report. */
    public static final IngestSettings DEFAULTS = new IngestSettings(10L * 1024 * 1024, 2 * 1024 * 1024);

    public IngestSettings {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be >= 1: " + maxFileBytes);
        }
        if (maxReportBytes < 1) {
            throw new IllegalArgumentException("maxReportBytes must be >= 1: " + maxReportBytes);
        }
    }
}
