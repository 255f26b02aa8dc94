package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClausesTests {
    private static List<EventClaim> extract(String text) {
        return Fixtures.EXTRACTOR.extract(Fixtures.report(text));
    }

    @Test
    void splitsAContrastingClauseWhoseAgentComesBeforeItsCue() {
        List<EventClaim> claims = extract(
                "Iraqi artillery shelled ISIS positions in al-Baghuz on Friday, while Russian jets struck the desert near al-Mayadin.");

        assertThat(claims).extracting(EventClaim::subEventType)
                .containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, SubEventType.AIR_DRONE_STRIKE);
        assertThat(claims).extracting(EventClaim::actor1)
                .containsExactly(new ActorId("iraq_gov"), new ActorId("russia"));
        assertThat(claims).extracting(c -> c.place().text()).containsExactly("al-Baghuz", "al-Mayadin");
    }

    @Test
    void keepsOneClaimWhenTheContrastNamesNoPlaceOfItsOwn() {
        assertThat(extract("SDF fighters clashed with ISIS in Hajin, while coalition jets struck from above."))
                .hasSize(1);
    }

    @Test
    void splitsADenialSetAgainstTheEventIntoADeniedClaimOfThatEvent() {
        List<EventClaim> claims = extract("Residents said SDF artillery shelled the market of Gharanij on Friday, "
                + "but the SDF denied it, blaming the jihadists.");

        assertThat(claims).extracting(EventClaim::stance).containsExactly(Stance.ASSERTED, Stance.DENIED);
        assertThat(claims).extracting(EventClaim::subEventType).containsOnly(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        assertThat(claims).extracting(EventClaim::attributedTo).containsExactly("local sources", "SDF");
    }

    @Test
    void splitsAnArabicDenialAfterWhile() {
        List<EventClaim> claims = extract("اتهمت مصادر محلية قسد بقصف بلدة السوسة يوم الجمعة، بينما نفت قسد ذلك.");

        assertThat(claims).extracting(EventClaim::stance).containsExactly(Stance.ASSERTED, Stance.DENIED);
    }
}
