package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorDefaultsTests {
    private static EventClaim only(String text) {
        var claims = Fixtures.EXTRACTOR.extract(Fixtures.report(text));
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Test
    void makesCiviliansTheTargetOfLootingThatNamesNoOwner() {
        EventClaim claim = only("Warehouses in al-Bukamal were looted by Iran-backed militias on Tuesday.");

        assertThat(claim.subEventType()).isEqualTo(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        assertThat(claim.actor1()).isEqualTo(new ActorId("iran_backed_militias"));
        assertThat(claim.actor2()).isEqualTo(new ActorId("civilians"));
    }

    @Test
    void wagesHaltedOperationsOnTheOpponentNotOnTheCiviliansTheyLetOut() {
        EventClaim claim = only("علقت قسد عملياتها العسكرية في الباغوز يوم الجمعة لإخراج المدنيين.");

        assertThat(claim.subEventType()).isEqualTo(SubEventType.CHANGE_TO_GROUP_ACTIVITY);
        assertThat(claim.actor1()).isEqualTo(new ActorId("sdf"));
        assertThat(claim.actor2()).isEqualTo(new ActorId("isis"));
    }

    @Test
    void territoryRegainedByAPartyThatIsNoStateForceIsOvertakenByANonStateActor() {
        EventClaim arabic = only("أعلنت قوات سوريا الديمقراطية استعادة السيطرة على قرية البحرة يوم الخميس.");
        EventClaim english = only("The SDF regained control of Abu Khater on Thursday.");
        EventClaim army = only("The Syrian army regained control of two villages near al-Mayadin on Thursday.");

        assertThat(List.of(arabic, english)).allSatisfy(c -> {
            assertThat(c.subEventType()).isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
            assertThat(c.actor1()).isEqualTo(new ActorId("sdf"));
        });
        assertThat(army.subEventType()).isEqualTo(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
    }

    @Test
    void aTargetNamedOnlyByAWordReferringBackIsASideOfThePreviousClaim() {
        for (String text : List.of(
                "Islamic State fighters attacked SDF positions in al-Bahra on Monday. Later in the day coalition helicopters "
                        + "bombed their vehicles near Hajin, according to the coalition.",
                "هاجم عناصر من داعش نقطة لقسد في قرية الشعفة يوم الاثنين. وفي وقت لاحق استهدفت طائرات التحالف تجمعات "
                        + "المهاجمين قرب بلدة السوسة.")) {
            var claims = Fixtures.EXTRACTOR.extract(Fixtures.report(text));

            assertThat(claims).hasSize(2);
            assertThat(claims.get(1).actor1()).isEqualTo(new ActorId("coalition"));
            assertThat(claims.get(1).actor2()).isEqualTo(new ActorId("isis"));
        }
    }

    @Test
    void aWordReferringBackWithoutAPreviousClaimNamesNoTarget() {
        assertThat(only("Coalition helicopters bombed their vehicles near Hajin on Monday.").actor2()).isNull();
    }

    @Test
    void aWordReferringBackPrefersTheSideThatIsTheActorsEnemy() {
        var claims = Fixtures.EXTRACTOR.extract(Fixtures.report("Coalition warplanes struck ISIS positions in Hajin on Monday. "
                + "Later, Russian jets bombed their hideouts near al-Mayadin."));

        assertThat(claims).hasSize(2);
        assertThat(claims.get(1).actor1()).isEqualTo(new ActorId("russia"));
        assertThat(claims.get(1).actor2()).isEqualTo(new ActorId("isis"));
    }
}
