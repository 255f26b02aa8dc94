package org.marsad.ingest;

/**
 * Bad input found deep inside a parse, carried up to the reader that turns it into a
 * {@link org.marsad.report.Rejection}; it never leaves this package.
 */
final class InputRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String value;

    InputRefused(String reason, String value) {
        super(reason, null, false, false);
        this.value = value == null ? "" : value;
    }

    InputRefused(String reason) {
        this(reason, "");
    }

    /** The one-line reason, as shown after "where: ". */
    String reason() {
        return getMessage();
    }

    /** The offending value, or "" when showing it would not help. */
    String value() {
        return value;
    }
}
