package org.marsad.extract;

/**
 * A place named in a report, as written, with its span; resolution to a gazetteer entry is
 * the locate stage's job. {@code context} holds nearby area words that help disambiguate
 * (e.g. "eastern countryside of Deir ez-Zor"), possibly empty.
 */
public record PlaceMention(String text, Span span, String context) {
    public PlaceMention {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("place mention text must not be blank");
        }
        if (span == null) {
            throw new IllegalArgumentException("place mention span must not be null: " + text);
        }
        context = context == null ? "" : context;
    }
}
