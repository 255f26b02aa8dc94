package org.marsad.geo;

import java.nio.file.Path;

/**
 * What one gazetteer import did.
 *
 * @param source   the file read
 * @param target   the copy the gazetteer loads from now on
 * @param imported rows copied
 * @param rejected malformed rows left out, each reported as a rejection
 * @param skipped  well-formed rows left out because their country was not asked for
 */
public record ImportSummary(Path source, Path target, long imported, long rejected, long skipped) {
    public ImportSummary {
        if (source == null || target == null) {
            throw new IllegalArgumentException("import summary needs source and target: " + source + ", " + target);
        }
        if (imported < 0 || rejected < 0 || skipped < 0) {
            throw new IllegalArgumentException("import counts must be >= 0: " + imported + ", " + rejected + ", " + skipped);
        }
    }

    /** The one line shown to the user. */
    public String line() {
        return source + ": " + imported + " places imported into " + target + ", " + rejected + " rows rejected"
                + (skipped > 0 ? ", " + skipped + " rows of other countries skipped" : "");
    }
}
