package org.marsad.geo;

import java.util.List;

/** Bundled entries of one country, for tests that check every row. */
final class GazetteerTestRows {
    private GazetteerTestRows() {
    }

    static List<GazetteerEntry> bundledRows(Gazetteer gazetteer, String countryCode) {
        return gazetteer.entries().stream().filter(e -> e.countryCode().equals(countryCode)).toList();
    }
}
