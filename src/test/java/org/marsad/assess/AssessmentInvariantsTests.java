package org.marsad.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties that must hold for any mix of sources, checked on seeded random incidents. */
class AssessmentInvariantsTests {
    private static final List<String> OUTLETS = List.of("SOHR", "AFP", "Reuters", "SANA", "Amaq", "CJTF-OIR",
            "ANHA", "Deir Ezzor 24", "Furat Post", "Enab Baladi", "Syria Direct", "Step News");
    private static final List<String> ACTORS = List.of("coalition", "isis", "syrian_gov");
    private static final List<String> ORIGINS = List.of("SOHR", "local sources", "SANA", "Amaq");
    private final RuleAssessor assessor = new RuleAssessor(SourceProfiles.bundled());

    @Test
    void anIndependentCorroboratingSourceNeverLowersTheGrade() {
        Random random = new Random(20181214);
        for (int round = 0; round < 300; round++) {
            Sightings sightings = randomIncident(random);
            Assessment before = sightings.assessedBy(assessor);
            String actor = sightings.incident().lead().actor1() == null ? null : sightings.incident().lead().actor1().value();

            Assessment after = sightings.report("Independent Witness " + round, actor, null, null,
                    "A witness in the village, reached by phone, described the attack in detail " + round).assessedBy(assessor);

            assertThat(rank(after.grade())).as("round %d: %s then %s", round, before.grade(), after.grade())
                    .isLessThanOrEqualTo(rank(before.grade()));
        }
    }

    @Test
    void citingAnOriginAlreadyCountedNeverRaisesTheSourceCount() {
        Random random = new Random(20190323);
        for (int round = 0; round < 300; round++) {
            Sightings sightings = randomIncident(random);
            Assessment before = sightings.assessedBy(assessor);
            String counted = before.sources().stream().filter(SourceCredit::independent).map(SourceCredit::origin)
                    .findFirst().orElse(null);
            if (counted == null) {
                continue;
            }
            String actor = sightings.incident().lead().actor1() == null ? null : sightings.incident().lead().actor1().value();

            Assessment after = sightings.report("Relay Outlet " + round, actor, 12, counted,
                    "Relaying the figures of another outlet about the raid, number " + round).assessedBy(assessor);

            assertThat(after.independentSources()).as("round %d", round).isEqualTo(before.independentSources());
        }
    }

    private static Sightings randomIncident(Random random) {
        Sightings sightings = new Sightings();
        String actor = ACTORS.get(random.nextInt(ACTORS.size()));
        int reports = 1 + random.nextInt(5);
        for (int i = 0; i < reports; i++) {
            String outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
            String citing = random.nextInt(3) == 0 ? ORIGINS.get(random.nextInt(ORIGINS.size())) : null;
            String blamed = random.nextInt(6) == 0 ? ACTORS.get(random.nextInt(ACTORS.size())) : actor;
            Integer killed = random.nextBoolean() ? 5 + random.nextInt(20) : null;
            String text = "Report " + i + " by " + outlet + " on the strike, with its own words " + random.nextLong();
            if (random.nextInt(8) == 0) {
                sightings.denial(outlet, blamed, text);
            } else {
                sightings.report(outlet, blamed, killed, citing, text);
            }
        }
        return sightings;
    }

    /** Confirmed best, then Fair, then Weak; Contested and Discounted are outside the ladder and must stay put. */
    private static int rank(Grade grade) {
        return switch (grade) {
            case CONFIRMED -> 0;
            case FAIR -> 1;
            case WEAK -> 2;
            case CONTESTED -> 3;
            case DISCOUNTED -> 4;
        };
    }
}
