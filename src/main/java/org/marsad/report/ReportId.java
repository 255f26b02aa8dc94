package org.marsad.report;

/** Identifies one report: the id the source gave it, or one derived from its SHA-256. */
public record ReportId(String value) {
    public ReportId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("report id must not be blank: '" + value + "'");
        }
        if (value.length() > 200) {
            throw new IllegalArgumentException("report id longer than 200 characters: " + value.length());
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
