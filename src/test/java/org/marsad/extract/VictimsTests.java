package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.Tokens;

class VictimsTests {
    private final Casualties casualties = new Casualties(Fixtures.LEXICON);

    private List<Casualties.Casualty> find(String text) {
        Tokens tokens = Tokens.of(text);
        return casualties.find(tokens, 0, tokens.size(), Set.of());
    }

    @Test
    void countsOneCivilianShotDeadWithoutANumber() {
        assertThat(find("A sniper shot dead a shepherd near al-Bahra on Thursday")).singleElement().satisfies(c -> {
            assertThat(c.figure()).isEqualTo(Figure.exactly(1));
            assertThat(c.killed()).isTrue();
            assertThat(c.civilian()).isTrue();
        });
    }

    @Test
    void countsOnePersonNamedBeforeThePassiveKilling() {
        assertThat(find("A young man was killed by a stray bullet in Gharanij")).singleElement().satisfies(c -> {
            assertThat(c.figure()).isEqualTo(Figure.exactly(1));
            assertThat(c.civilian()).isFalse();
        });
    }

    @Test
    void countsTheArabicVictimAfterTheVerbAndItsSubject() {
        assertThat(find("اغتال مسلحون مجهولون معلما في بلدة البحرة")).singleElement().satisfies(c -> {
            assertThat(c.figure()).isEqualTo(Figure.exactly(1));
            assertThat(c.civilian()).isTrue();
        });
        assertThat(find("مقتل شاب بانفجار لغم قرب الكشمة")).singleElement()
                .satisfies(c -> assertThat(c.killed()).isTrue());
    }

    @Test
    void countsOneInjuredBesideTheKilledCount() {
        assertThat(find("Two fighters were killed and a nurse was wounded in the shelling"))
                .extracting(c -> c.figure().low(), Casualties.Casualty::killed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));
    }

    @Test
    void doesNotCountTheDeathThatCausedTheEventReported() {
        assertThat(find("Residents blocked the road after a farmer died at an SDF checkpoint")).isEmpty();
        assertThat(find("تظاهر الأهالي احتجاجا على مقتل شاب عند حاجز")).isEmpty();
    }

    @Test
    void doesNotCountTheSpeakerOfAKilling() {
        assertThat(find("An SDF commander said the attackers were killed")).isEmpty();
    }

    @Test
    void countsTheOwnerOfAShopHitAsOneInjured() {
        assertThat(find("ألقى مجهولون قنبلة على متجر في البصيرة ما أدى لإصابة صاحبه")).singleElement().satisfies(c -> {
            assertThat(c.killed()).isFalse();
            assertThat(c.civilian()).isTrue();
        });
    }

    @Test
    void countsTheMotherOfTheDeadChildrenAsOneInjured() {
        assertThat(find("قتل طفلان وأصيبت والدتهما بقصف على البحرة"))
                .extracting(c -> c.figure().low(), Casualties.Casualty::killed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));
    }
}
