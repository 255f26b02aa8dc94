package org.marsad.geo;

import java.util.List;
import java.util.Map;

/** Keeps the candidates in a governorate the report names near the mention, or failing that anywhere in the report. */
final class GovernoratePass implements DisambiguationPass {
    @Override
    public String name() {
        return "governorate";
    }

    @Override
    public Narrowing narrow(List<GazetteerEntry> candidates, PlaceContext context) {
        Narrowing near = within(candidates, context.governorates(), "named next to the mention");
        return near.decided() ? near : within(candidates, context.reportGovernorates(), "named in the report");
    }

    private static Narrowing within(List<GazetteerEntry> candidates, Map<String, String> named, String where) {
        List<GazetteerEntry> kept = candidates.stream().filter(e -> named.containsKey(e.admin1Key())).toList();
        if (kept.isEmpty() || kept.size() == candidates.size()) {
            return Narrowing.unchanged(candidates);
        }
        String evidence = String.join(", ", kept.stream().map(e -> "'" + named.get(e.admin1Key()) + "'").distinct().toList());
        return new Narrowing(kept, "governorate " + evidence + " " + where + " keeps " + ExactSpellingPass.ids(kept), true);
    }
}
