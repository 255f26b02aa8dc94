package org.marsad.geo;

import java.util.List;

/**
 * A gazetteer name found in a text: its span in the original text (proclitics excluded),
 * the entries it names, and the proclitic letters removed to find it ("ب" in "بهجين").
 */
record NameMatch(int start, int end, String text, List<GazetteerEntry> entries, String proclitic) {
    NameMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("name match needs 0 <= start < end: [" + start + ", " + end + ")");
        }
        entries = List.copyOf(entries);
        proclitic = proclitic == null ? "" : proclitic;
    }

    /** True when any entry it names is an area, a governorate seat or the capital. */
    boolean namesAreaOrSeat() {
        return !areasAndSeats().isEmpty();
    }

    /** The entries it names that are areas, governorate seats or the capital. */
    List<GazetteerEntry> areasAndSeats() {
        return entries.stream().filter(e -> e.isArea() || e.featureCode().equals("PPLA") || e.featureCode().equals("PPLC"))
                .toList();
    }
}
