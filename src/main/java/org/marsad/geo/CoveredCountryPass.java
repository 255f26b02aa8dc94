package org.marsad.geo;

import java.util.List;
import java.util.Set;

/**
 * Keeps the candidates in the countries the observatory reports on, Syria and Iraq, when only some
 * of them lie there: with a world gazetteer loaded, "Anbar" is the Iraqi governorate, not the
 * Turkish village Ambar, even though both lie in the wider region of the focus area.
 */
final class CoveredCountryPass implements DisambiguationPass {
    /** ISO 3166-1 alpha-2 codes of the countries the observatory reports on. */
    private static final Set<String> COVERED = Set.of("SY", "IQ");

    @Override
    public String name() {
        return "covered country";
    }

    @Override
    public Narrowing narrow(List<GazetteerEntry> candidates, PlaceContext context) {
        List<GazetteerEntry> inside = candidates.stream().filter(CoveredCountryPass::covered).toList();
        if (inside.isEmpty() || inside.size() == candidates.size()) {
            return Narrowing.unchanged(candidates);
        }
        return new Narrowing(inside, ExactSpellingPass.ids(inside) + " in Syria or Iraq, the other candidates abroad", true);
    }

    /** True when the entry lies in Syria or Iraq. */
    static boolean covered(GazetteerEntry entry) {
        return COVERED.contains(entry.countryCode());
    }
}
