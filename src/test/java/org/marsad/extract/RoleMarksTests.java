package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.Tokens;

class RoleMarksTests {
    private final ActorRoles roles = new ActorRoles(Fixtures.LEXICON);

    private List<String> decide(String text) {
        Tokens tokens = Tokens.of(text);
        ActorRoles.Roles r = roles.decide(tokens, roles.find(tokens, 0, tokens.size()));
        return Arrays.asList(r.actor1() == null ? null : r.actor1().entry().key(),
                r.actor2() == null ? null : r.actor2().entry().key());
    }

    @Test
    void thoseWhoMannedThePlaceAttackedAreItsTarget() {
        assertThat(decide("An outpost manned by Iraqi troops near al-Qaim was attacked by ISIS militants, killing two soldiers"))
                .containsExactly("isis", "iraq_gov");
    }

    @Test
    void theSubjectOfAPassiveOfKillingIsTheTarget() {
        assertThat(decide("ISIS fighters were wounded when coalition warplanes bombed their hideout in Hajin"))
                .containsExactly("coalition", "isis");
        assertThat(decide("Several IS militants, among them a senior commander, were killed when Iraqi warplanes bombed a house"))
                .containsExactly("iraq_gov", "isis");
    }

    @Test
    void aPassiveOfKillingAfterTheActorsOwnVerbDoesNotMakeItTheTarget() {
        assertThat(decide("ISIS fighters attacked an SDF checkpoint near Hajin and three guards were killed"))
                .containsExactly("isis", "sdf");
    }

    @Test
    void readsWhatAnArabicVerbalNounOfTargetingGovernsAsTheTargetUnlessTheTargetFollowsWithLam() {
        assertThat(decide("نفت قسد استهداف المدنيين في بلدة ذيبان، مؤكدة أن قواتها استهدفت مواقع لداعش"))
                .containsExactly("sdf", "civilians");
        assertThat(decide("أدى استهداف قوات النظام لبلدة القورية إلى مقتل ثلاثة مدنيين")).first().isEqualTo("syrian_gov");
    }
}
