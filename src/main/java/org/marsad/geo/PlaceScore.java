package org.marsad.geo;

import java.util.List;
import java.util.Locale;

/**
 * Scores of a group of gold places: accuracy of the chosen entry, within 10 km and within
 * 161 km (100 miles), each over every gold place (one not found counts as wrong), and the
 * mean error in km over the places resolved.
 */
public record PlaceScore(String group, int places, int found, int rightEntry, int within10, int within161, double meanErrorKm) {
    public PlaceScore {
        if (places < 0 || found > places || rightEntry > places || within10 > places || within161 > places) {
            throw new IllegalArgumentException("inconsistent counts for " + group + ": " + places + ", " + found);
        }
    }

    static PlaceScore of(String group, List<PlaceOutcome> outcomes) {
        List<Double> errors = outcomes.stream().filter(o -> o.distanceKm() != null).map(PlaceOutcome::distanceKm).toList();
        return new PlaceScore(group, outcomes.size(), (int) outcomes.stream().filter(o -> o.found() != null).count(),
                (int) outcomes.stream().filter(PlaceOutcome::rightEntry).count(),
                (int) outcomes.stream().filter(o -> o.within(10)).count(),
                (int) outcomes.stream().filter(o -> o.within(161)).count(),
                errors.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
    }

    public double accuracy() {
        return ratio(rightEntry);
    }

    public double accuracy10() {
        return ratio(within10);
    }

    public double accuracy161() {
        return ratio(within161);
    }

    private double ratio(int count) {
        return places == 0 ? Double.NaN : (double) count / places;
    }

    /** One table row. */
    public String line() {
        return String.format(Locale.ROOT, "%-10s %6d %6d %9.3f %8.3f %9.3f %10.1f", group, places, found, accuracy(),
                accuracy10(), accuracy161(), meanErrorKm);
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-10s %6s %6s %9s %8s %9s %10s", "group", "places", "found", "entry", "<=10km",
                "<=161km", "mean km");
    }
}
