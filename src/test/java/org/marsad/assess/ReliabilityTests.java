package org.marsad.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.assess.Reliability.Testimony;
import org.marsad.assess.Reliability.Verdict;
import org.marsad.extract.Stance;

class ReliabilityTests {
    @Test
    void everySourceStartsNeutral() {
        assertThat(Reliability.NEUTRAL.of("SOHR")).isEqualTo(0.5);
        assertThat(Reliability.learn(List.of()).scores()).isEmpty();
    }

    @Test
    void confirmedIncidentsRewardThoseWhoReportedThemAndPenaliseDeniers() {
        Reliability r = Reliability.learn(List.of(
                new Verdict("SYR-1", Grade.CONFIRMED, List.of(new Testimony("SOHR", Stance.ASSERTED),
                        new Testimony("CJTF-OIR", Stance.DENIED))),
                new Verdict("SYR-2", Grade.FAIR, List.of(new Testimony("SOHR", Stance.ASSERTED)))));

        assertThat(r.of("SOHR")).isEqualTo(3.0 / 4.0);
        assertThat(r.of("CJTF-OIR")).isEqualTo(1.0 / 3.0);
        assertThat(r.scores().get(0).source()).isEqualTo("SOHR");
        assertThat(r.scores().get(0).history()).containsExactly("SYR-1 Confirmed: agreed (asserted)",
                "SYR-2 Fair: agreed (asserted)");
    }

    @Test
    void discountedIncidentsPenaliseThoseWhoClaimedThem() {
        Reliability r = Reliability.learn(List.of(
                new Verdict("SYR-3", Grade.DISCOUNTED, List.of(new Testimony("Amaq", Stance.ASSERTED),
                        new Testimony("SDF Media Center", Stance.DENIED))),
                new Verdict("SYR-4", Grade.CONTESTED, List.of(new Testimony("Amaq", Stance.ASSERTED)))));

        assertThat(r.of("Amaq")).isEqualTo(1.0 / 3.0);
        assertThat(r.of("SDF Media Center")).isEqualTo(2.0 / 3.0);
    }

    @Test
    void theBestEstimateLeansTowardsTheMoreReliableSource() {
        Reliability r = Reliability.learn(List.of(
                new Verdict("SYR-5", Grade.DISCOUNTED, List.of(new Testimony("Deir Ezzor 24", Stance.ASSERTED))),
                new Verdict("SYR-6", Grade.DISCOUNTED, List.of(new Testimony("Deir Ezzor 24", Stance.ASSERTED))),
                new Verdict("SYR-7", Grade.CONFIRMED, List.of(new Testimony("SOHR", Stance.ASSERTED)))));
        Sightings sightings = new Sightings()
                .report("Deir Ezzor 24", "coalition", 10, null, "Our correspondent counted ten dead in Shaafa.")
                .report("SOHR", "coalition", 20, null, "Coalition jets hit al-Shafa at dawn, killing twenty villagers.");

        Estimate neutral = sightings.assessedBy(new RuleAssessor(SourceProfiles.bundled())).fatalities();
        Estimate weighed = sightings.assessedBy(new RuleAssessor(SourceProfiles.bundled(), r)).fatalities();

        assertThat(neutral).isEqualTo(new Estimate(10, 10, 20));
        assertThat(weighed).isEqualTo(new Estimate(10, 20, 20));
    }
}
