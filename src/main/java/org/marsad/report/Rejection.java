package org.marsad.report;

/**
 * Bad input that a stage refused, with enough to find and fix it: never a silent drop.
 *
 * @param stage  the stage that refused it
 * @param where  "file:line", a feed item or a report id
 * @param reason one line saying what was wrong
 * @param value  the offending value, shortened to at most 200 characters; may be empty
 */
public record Rejection(Stage stage, String where, String reason, String value) {
    private static final int MAX_VALUE = 200;

    public Rejection {
        if (stage == null) {
            throw new IllegalArgumentException("rejection stage must not be null");
        }
        if (where == null || where.isBlank()) {
            throw new IllegalArgumentException("rejection must say where: " + reason);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("rejection must give a reason: " + where);
        }
        value = shorten(value == null ? "" : value);
    }

    private static String shorten(String value) {
        String oneLine = value.replaceAll("[\\r\\n\\t]+", " ");
        return oneLine.length() <= MAX_VALUE ? oneLine : oneLine.substring(0, MAX_VALUE - 1) + "…";
    }

    /** The one line shown to users: "where: reason". */
    public String line() {
        return where + ": " + reason;
    }
}
