package org.marsad.ingest;

import java.time.Instant;

/**
 * What an input says about one report before it is cleaned: every field may be null, except
 * that at least one of {@code text} and {@code html} is given.
 *
 * @param language an ISO code such as "ar" as given; null to detect it from the text
 * @param html     markup whose main text becomes the report text when {@code text} is null
 */
record ReportFields(String id, String url, String source, Instant published, String language,
                    String title, String text, String html) {
    ReportFields {
        if (text == null && html == null) {
            throw new IllegalArgumentException("report fields need text or html: id " + id);
        }
    }

    static ReportFields ofText(String text, String title) {
        return new ReportFields(null, null, null, null, null, title, text, null);
    }

    static ReportFields ofHtml(String html) {
        return new ReportFields(null, null, null, null, null, null, null, html);
    }
}
