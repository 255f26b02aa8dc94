package org.marsad.eval;

import java.util.List;
import org.marsad.report.Report;

/**
 * One line of a gold file: a report and the claims a careful reader finds in it.
 *
 * @param report the report, as {@code marsad extract} would read it
 * @param kind   "event_report" when the report tells of at least one event, else "other"
 * @param claims the expected claims, in text order
 * @param line   the line of the gold file, from 1
 */
public record GoldReport(Report report, String kind, List<ClaimFields> claims, int line) {
    public GoldReport {
        if (report == null) {
            throw new IllegalArgumentException("gold report must not be null (line " + line + ")");
        }
        if (!"event_report".equals(kind) && !"other".equals(kind)) {
            throw new IllegalArgumentException("gold kind must be event_report or other: " + kind);
        }
        claims = List.copyOf(claims);
    }
}
