package org.marsad.eval;

/** One disagreement with the gold: the report, the field, and what the gold and the extractor said. */
public record Miss(String report, String language, Field field, String gold, String predicted, String evidence) {
    public Miss {
        if (report == null || field == null) {
            throw new IllegalArgumentException("a miss needs a report and a field: " + report + ", " + field);
        }
    }

    @Override
    public String toString() {
        return report + " [" + language + "] " + field.label() + ": gold " + gold + ", extracted " + predicted
                + (evidence == null || evidence.isEmpty() ? "" : "  « " + evidence + " »");
    }
}
