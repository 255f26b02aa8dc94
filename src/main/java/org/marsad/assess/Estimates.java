package org.marsad.assess;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.marsad.extract.EventClaim;
import org.marsad.extract.Figure;

/**
 * Low / best / high across independent origins: the lowest figure, the reliability-weighted
 * median, the highest. With every source neutral the best is the lower median.
 */
final class Estimates {
    private Estimates() {
    }

    /** The estimate from the statements' figures; null when none gives one. */
    static Estimate of(List<RuleAssessor.Statement> independent, Function<EventClaim, Figure> field,
                       Reliability reliability) {
        List<RuleAssessor.Statement> giving = independent.stream().filter(s -> field.apply(s.claim()) != null).toList();
        if (giving.isEmpty()) {
            return null;
        }
        int low = giving.stream().mapToInt(s -> field.apply(s.claim()).low()).min().orElseThrow();
        int high = giving.stream().mapToInt(s -> field.apply(s.claim()).high()).max().orElseThrow();
        List<RuleAssessor.Statement> ordered = giving.stream()
                .sorted(Comparator.comparingInt(s -> middle(field.apply(s.claim())))).toList();
        double total = ordered.stream().mapToDouble(s -> reliability.of(s.credit().origin())).sum();
        double seen = 0;
        int best = middle(field.apply(ordered.get(ordered.size() - 1).claim()));
        for (RuleAssessor.Statement s : ordered) {
            seen += reliability.of(s.credit().origin());
            if (seen >= total / 2) {
                best = middle(field.apply(s.claim()));
                break;
            }
        }
        return new Estimate(low, Math.max(low, Math.min(best, high)), high);
    }

    private static int middle(Figure f) {
        return (f.low() + f.high()) / 2;
    }
}
