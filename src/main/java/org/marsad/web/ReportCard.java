package org.marsad.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.marsad.report.Language;
import org.marsad.report.Report;

/**
 * One report behind an incident, as a card beside the others: the outlet, when it was published, its
 * language and direction, and every claim of this incident it made.
 *
 * @param report the report
 * @param claims its claims that belong to the incident, at least one
 */
record ReportCard(Report report, List<ClaimView> claims) {
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    ReportCard {
        if (report == null) {
            throw new IllegalArgumentException("report card needs a report");
        }
        claims = List.copyOf(claims);
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("report card needs at least one claim: " + report.id());
        }
    }

    public String outlet() {
        return report.source() == null ? "unknown outlet" : report.source();
    }

    public String published() {
        return report.published() == null ? "date unknown" : PUBLISHED.format(report.published());
    }

    /** The text direction of the card: right-to-left for Arabic reports. */
    public String dir() {
        return switch (report.language()) {
            case AR -> "rtl";
            case EN -> "ltr";
            case UNKNOWN -> "auto";
        };
    }

    public String lang() {
        return report.language() == Language.UNKNOWN ? "" : report.language().code();
    }

    public boolean arabic() {
        return report.language() == Language.AR;
    }

    /** A link to the original only when it is a web address, never e.g. a javascript: URL from the input. */
    public String safeUrl() {
        String url = report.url();
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }
}
