package org.marsad.report;

import java.time.Instant;

/**
 * A parsed report: clean text ready for extraction, with what is known of its source.
 *
 * @param id        the source's id for the report, or one derived from the raw hash
 * @param rawSha256 the hash of the {@link RawReport} it was parsed from
 * @param source    the outlet or channel name as given (e.g. "SOHR", "Deir Ezzor 24"); null when unknown
 * @param url       where it was published; null when unknown
 * @param published when it was published; null when unknown (relative dates then cannot be resolved)
 * @param language  the language of {@code text}
 * @param title     the headline; null when none
 * @param text      the main text, boilerplate removed, original spelling kept
 * @param origin    where the raw bytes came from
 */
public record Report(ReportId id, String rawSha256, String source, String url, Instant published,
                     Language language, String title, String text, Origin origin) {
    public Report {
        if (id == null) {
            throw new IllegalArgumentException("report id must not be null");
        }
        if (text == null) {
            throw new IllegalArgumentException("report text must not be null: " + id);
        }
        if (language == null) {
            throw new IllegalArgumentException("report language must not be null: " + id);
        }
        if (origin == null) {
            throw new IllegalArgumentException("report origin must not be null: " + id);
        }
    }
}
