package org.marsad.geo;

import java.util.Comparator;
import java.util.List;

/** Keeps the candidate nearest to the other places the report names, when it is clearly nearer than the rest. */
final class NearbyPlacesPass implements DisambiguationPass {
    private static final double MAX_KM = 60;

    @Override
    public String name() {
        return "places in the same report";
    }

    @Override
    public Narrowing narrow(List<GazetteerEntry> candidates, PlaceContext context) {
        if (context.anchors().isEmpty()) {
            return Narrowing.unchanged(candidates);
        }
        List<GazetteerEntry> byDistance = candidates.stream()
                .sorted(Comparator.comparingDouble(e -> distance(e, context.anchors()))).toList();
        GazetteerEntry best = byDistance.get(0);
        double bestKm = distance(best, context.anchors());
        double secondKm = distance(byDistance.get(1), context.anchors());
        if (bestKm > MAX_KM || secondKm < 2 * bestKm + 10) {
            return Narrowing.unchanged(candidates);
        }
        GazetteerEntry anchor = context.anchors().stream().min(Comparator.comparingDouble(best::distanceKm)).orElseThrow();
        return new Narrowing(List.of(best), String.format(java.util.Locale.ROOT,
                "%s %s is %.0f km from %s, named in the same report; the next candidate is %.0f km away",
                best.id(), best.name(), bestKm, anchor.name(), secondKm), true);
    }

    private static double distance(GazetteerEntry entry, List<GazetteerEntry> anchors) {
        return anchors.stream().mapToDouble(entry::distanceKm).min().orElse(Double.MAX_VALUE);
    }
}
