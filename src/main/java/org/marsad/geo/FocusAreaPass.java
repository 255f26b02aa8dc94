package org.marsad.geo;

import java.util.List;

/**
 * Keeps the candidates inside the newsroom's focus area when some are inside and some are
 * not; failing that, those inside its wider region ({@link FocusArea#region}), so that a
 * world gazetteer's al-Hol in Kenya or as-Sukhnah in Yemen loses to the Syrian one.
 */
final class FocusAreaPass implements DisambiguationPass {
    @Override
    public String name() {
        return "focus area";
    }

    @Override
    public Narrowing narrow(List<GazetteerEntry> candidates, PlaceContext context) {
        FocusArea focus = context.focus();
        Narrowing inside = within(candidates, candidates.stream().filter(focus::contains).toList(),
                "within the focus area '" + focus.name() + "'");
        if (inside.decided()) {
            return inside;
        }
        return within(candidates, candidates.stream().filter(focus::inRegion).toList(),
                String.format(java.util.Locale.ROOT, "within %.0f km of the focus area '%s', the others farther",
                        focus.regionKm(), focus.name()));
    }

    private static Narrowing within(List<GazetteerEntry> candidates, List<GazetteerEntry> kept, String where) {
        if (kept.isEmpty() || kept.size() == candidates.size()) {
            return Narrowing.unchanged(candidates);
        }
        return new Narrowing(kept, ExactSpellingPass.ids(kept) + " " + where, true);
    }
}
