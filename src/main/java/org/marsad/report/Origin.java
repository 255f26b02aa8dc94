package org.marsad.report;

/**
 * Where a raw report came from: a file path or URL, and the line (1-based) within it for
 * formats with one report per line or item; line 0 means the whole file.
 */
public record Origin(String location, int line) {
    public Origin {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("origin location must not be blank");
        }
        if (line < 0) {
            throw new IllegalArgumentException("origin line must be >= 0: " + line);
        }
    }

    public static Origin file(String location) {
        return new Origin(location, 0);
    }

    /** "file:line", or just "file" for a whole file; the form every rejection message uses. */
    @Override
    public String toString() {
        return line == 0 ? location : location + ":" + line;
    }
}
