package org.marsad.geo;

import java.util.Comparator;
import java.util.List;

/**
 * Ranks what is left by feature class (capital, governorate seat, district seat, town,
 * site, area, former or historical place) then population; a choice made here alone is not confident, unless every
 * candidate lies within a few kilometres of the best (one place listed twice).
 */
final class FeatureRankPass implements DisambiguationPass {
    private static final int SAME_PLACE_KM = 5;
    private static final List<String> CODES = List.of("PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPL");
    /** Destroyed, abandoned and historical places, and sections of towns, come after every living place. */
    private static final List<String> FORMER = List.of("PPLW", "PPLQ", "PPLH", "PPLCH", "PPLX");

    @Override
    public String name() {
        return "feature class and population";
    }

    @Override
    public Narrowing narrow(List<GazetteerEntry> candidates, PlaceContext context) {
        List<GazetteerEntry> ranked = candidates.stream().sorted(ORDER).toList();
        GazetteerEntry best = ranked.get(0);
        if (ranked.stream().allMatch(e -> e.distanceKm(best) <= SAME_PLACE_KM)) {
            return new Narrowing(ranked, "all candidates lie within " + SAME_PLACE_KM + " km of " + best.id() + " "
                    + best.name() + ": one place listed more than once", true);
        }
        return new Narrowing(ranked, "could not tell the candidates apart; took " + best.id() + " " + best.name()
                + " (" + best.featureCode() + ", population " + best.population() + ")", false);
    }

    static final Comparator<GazetteerEntry> ORDER = Comparator
            .comparingInt(FeatureRankPass::rank)
            .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed())
            .thenComparing(GazetteerEntry::id);

    private static int rank(GazetteerEntry entry) {
        int i = CODES.indexOf(entry.featureCode());
        if (i >= 0) {
            return i;
        }
        if (FORMER.contains(entry.featureCode())) {
            return CODES.size() + 2;
        }
        return entry.isArea() ? CODES.size() + 1 : CODES.size();
    }
}
