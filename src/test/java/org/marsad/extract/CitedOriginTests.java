package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.Tokens;

/** Origins named beside a citation that are not what the sentence cites, and a heading that is. */
class CitedOriginTests {
    private final Attribution attribution = new Attribution(Fixtures.LEXICON);

    private Optional<String> origin(String text) {
        Tokens tokens = Tokens.of(text);
        return attribution.find(tokens, 0, tokens.size()).map(Attribution.Cited::origin);
    }

    @Test
    void theOutletASpeakerToldIsTheAudience() {
        assertThat(origin("قال مسؤول في قوات سوريا الديمقراطية لوكالة رويترز إن نحو 400 مسلح سلموا أنفسهم")).contains("SDF");
        assertThat(origin("An SDF commander told Reuters the village had fallen")).contains("SDF");
    }

    @Test
    void anAnnouncementInAClauseOfTimeIsNotTheCitation() {
        assertThat(origin("Fighters traded fire in Hajin on Tuesday, a day after the Syrian Democratic Forces announced "
                + "the final phase")).isEmpty();
    }

    @Test
    void anOriginHeadingTheTextIsCited() {
        assertThat(origin("Amaq: Soldiers of the Caliphate killed 9 members of the PKK militia near Abu Hassan"))
                .contains("Amaq");
    }

    @Test
    void relativesCitedAreLocalSources() {
        assertThat(origin("Deir Ezzor 24 said, citing relatives of the owners, that the shop was burned"))
                .contains("local sources");
    }

    @Test
    void aCitingWordAfterATimeWordStillCites() {
        assertThat(origin("لقي أربعة عناصر حتفهم في البوكمال في ظروف لم تتضح بعد، بحسب المرصد السوري")).contains("SOHR");
    }

    @Test
    void anUrgentTagMayStandBeforeTheHeadingOrigin() {
        assertThat(origin("عاجل | المركز الإعلامي لقسد: تحرير مدينة هجين بالكامل من قبضة داعش")).contains("SDF");
    }
}
