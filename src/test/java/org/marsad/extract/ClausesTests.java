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
    void aContrastingStrikeWithoutAPlaceOfItsOwnIsAnEventWhereTheFirstWas() {
        List<EventClaim> claims = extract("In the desert west of the Euphrates, militias fought off an IS attack on al-Quriyah "
                + "on Sunday, while Russian jets bombed the attackers as they withdrew, killing 12 of them.");

        assertThat(claims).extracting(EventClaim::subEventType)
                .containsExactly(SubEventType.ARMED_CLASH, SubEventType.AIR_DRONE_STRIKE);
        assertThat(claims.get(1).actor1()).isEqualTo(new ActorId("russia"));
        assertThat(claims.get(1).place().text()).isEqualTo("al-Quriyah");
        assertThat(claims.get(1).fatalities()).isEqualTo(Figure.exactly(12));
    }

    @Test
    void keepsOneClaimForAirSupportToABattle() {
        assertThat(extract("SDF fighters clashed with ISIS in Hajin with coalition air support.")).hasSize(1);
    }

    @Test
    void splitsAtAJoinFollowedByAnArticle() {
        List<EventClaim> claims = extract("Two IS suicide bombers blew themselves up among SDF fighters in Baghouz, wounding six, "
                + "and a roadside bomb killed a civilian driver near al-Busayrah the same day.");

        assertThat(claims).extracting(EventClaim::subEventType)
                .containsExactly(SubEventType.SUICIDE_BOMB, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
        assertThat(claims).extracting(c -> c.place().text()).containsExactly("Baghouz", "al-Busayrah");
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

    @Test
    void aHeadlineAndTheBodyThatRetellsItAreOneClaimPerEvent() {
        List<EventClaim> claims = extract("SOHR: seven civilians killed in coalition raids on al-Sousa, fierce battles on the "
                + "Gharanij axis. The Observatory documented on Sunday the death of seven civilians in air strikes by "
                + "coalition warplanes on al-Sousa. Meanwhile, clashes continued between the SDF and ISIS in Gharanij, "
                + "where nine SDF fighters were killed.");

        assertThat(claims).extracting(EventClaim::subEventType)
                .containsExactly(SubEventType.AIR_DRONE_STRIKE, SubEventType.ARMED_CLASH);
        assertThat(claims).extracting(c -> c.place().text()).containsExactly("al-Sousa", "Gharanij");
        assertThat(claims.get(0).date()).isEqualTo(java.time.LocalDate.of(2018, 12, 16));
    }
}
