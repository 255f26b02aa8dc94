package org.marsad.assess;

import java.util.List;

/**
 * How well an incident is corroborated and what it cost, with the reasons.
 *
 * @param grade              the grade
 * @param reasons            why this grade, one sentence each, in order of weight
 * @param fatalities         low / best / high across sources; null when no source gives a figure
 * @param civilianFatalities likewise for civilians; null when no source gives one
 * @param sources            every source behind the incident and whether it counts as independent
 * @param conflicts          the disagreements found
 */
public record Assessment(Grade grade, List<String> reasons, Estimate fatalities, Estimate civilianFatalities,
                         List<SourceCredit> sources, List<Conflict> conflicts) {
    public Assessment {
        if (grade == null) {
            throw new IllegalArgumentException("assessment grade must not be null");
        }
        reasons = List.copyOf(reasons == null ? List.of() : reasons);
        sources = List.copyOf(sources == null ? List.of() : sources);
        conflicts = List.copyOf(conflicts == null ? List.of() : conflicts);
    }

    public long independentSources() {
        return sources.stream().filter(SourceCredit::independent).count();
    }
}
