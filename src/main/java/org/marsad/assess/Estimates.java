package org.marsad.assess;

import java.util.List;
import java.util.function.Function;
import org.marsad.extract.EventClaim;
import org.marsad.extract.Figure;

/** Low / best / high across independent origins: the lowest figure, the median, the highest. */
final class Estimates {
    private Estimates() {
    }

    /** The estimate from the statements' figures; null when none gives one. */
    static Estimate of(List<RuleAssessor.Statement> independent, Function<EventClaim, Figure> field) {
        List<Figure> figures = independent.stream().map(s -> field.apply(s.claim()))
                .filter(java.util.Objects::nonNull).toList();
        if (figures.isEmpty()) {
            return null;
        }
        int low = figures.stream().mapToInt(Figure::low).min().orElseThrow();
        int high = figures.stream().mapToInt(Figure::high).max().orElseThrow();
        int[] middles = figures.stream().mapToInt(f -> (f.low() + f.high()) / 2).sorted().toArray();
        int best = middles[(middles.length - 1) / 2];
        return new Estimate(low, Math.max(low, Math.min(best, high)), high);
    }
}
