package org.marsad.ingest;

import org.marsad.report.RawReport;
import org.marsad.report.Report;

/** A raw report and the report parsed from it. */
public record ParsedReport(RawReport raw, Report report) {
    public ParsedReport {
        if (raw == null || report == null) {
            throw new IllegalArgumentException("parsed report needs both raw and report");
        }
        if (!raw.sha256().equals(report.rawSha256())) {
            throw new IllegalArgumentException("report " + report.id() + " does not come from raw " + raw.sha256());
        }
    }
}
