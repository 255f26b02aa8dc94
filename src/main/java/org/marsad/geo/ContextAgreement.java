package org.marsad.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Says which parts of the report agree with a place chosen without any disambiguation (a
 * single candidate), so that "why this place?" is answered by more than its name.
 */
final class ContextAgreement {
    private static final double NEAR_KM = 50;

    private ContextAgreement() {
    }

    /** Reasons, possibly none: the governorate named next to the mention, the nearest other place of the report. */
    static List<String> reasons(GazetteerEntry chosen, PlaceContext context) {
        List<String> reasons = new ArrayList<>();
        String governorate = context.governorates().get(chosen.admin1Key());
        if (governorate != null) {
            reasons.add("governorate: '" + governorate + "' named next to the mention agrees with " + chosen.name());
        }
        context.anchors().stream().filter(a -> !a.id().equals(chosen.id()))
                .min(Comparator.comparingDouble(chosen::distanceKm))
                .filter(a -> chosen.distanceKm(a) <= NEAR_KM)
                .ifPresent(a -> reasons.add(String.format(Locale.ROOT,
                        "places in the same report: %s is %.0f km from %s, named in the same report", chosen.name(),
                        chosen.distanceKm(a), a.name())));
        return reasons;
    }
}
