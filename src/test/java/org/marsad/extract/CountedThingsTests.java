package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.Tokens;

/** What a number in a toll counts: people, things, a family, the wounded named after it. */
class CountedThingsTests {
    private final Casualties casualties = new Casualties(Fixtures.LEXICON);

    private List<Casualties.Casualty> find(String text) {
        Tokens tokens = Tokens.of(text);
        return casualties.find(tokens, 0, tokens.size(), Set.of());
    }

    @Test
    void aNumberOfRaidsOrTanksCountsNoOne() {
        assertThat(find("Warplanes carried out several raids on al-Sousa, killing nine people"))
                .extracting(Casualties.Casualty::figure).containsExactly(Figure.exactly(9));
        assertThat(find("شنت الطائرات 20 غارة ما أدى إلى مقتل خمسة عناصر"))
                .extracting(Casualties.Casualty::figure).containsExactly(Figure.exactly(5));
    }

    @Test
    void aFamilysMembersAreCivilians() {
        assertThat(find("The strike killed a family of seven in Hajin")).singleElement()
                .satisfies(c -> assertThat(c.civilian()).isTrue());
        assertThat(find("قضت عائلة كاملة من ستة أفراد تحت الأنقاض")).singleElement().satisfies(c -> {
            assertThat(c.figure()).isEqualTo(Figure.exactly(6));
            assertThat(c.civilian()).isTrue();
        });
    }

    @Test
    void oneFamilyIsNotOneDead() {
        assertThat(find("Seventeen people were killed, all from one family")).extracting(Casualties.Casualty::figure)
                .containsExactly(Figure.exactly(17));
    }

    @Test
    void theWoundedNamedRightAfterANumberAreWhatItCounts() {
        List<Casualties.Casualty> found = find("قتيل وثلاثة جرحى برصاص عناصر الحاجز");
        assertThat(found).filteredOn(c -> !c.killed()).extracting(Casualties.Casualty::figure)
                .containsExactly(Figure.exactly(3));
        assertThat(find("مقتل متظاهر وإصابة أربعة آخرين")).filteredOn(Casualties.Casualty::killed)
                .extracting(Casualties.Casualty::figure).containsExactly(Figure.exactly(1));
    }

    @Test
    void aCountOfPeopleOpeningItsClauseTakesItsVerbFurtherOn() {
        assertThat(find("Two members of the Deir ez-Zor Military Council were killed and four wounded"))
                .extracting(Casualties.Casualty::figure, Casualties.Casualty::killed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Figure.exactly(2), true),
                        org.assertj.core.groups.Tuple.tuple(Figure.exactly(4), false));
        assertThat(find("Two convoys of the Deir ez-Zor Military Council were attacked and officers were killed")).isEmpty();
    }

    @Test
    void aDualNounIsWhatItCountsEvenBeforeAnotherCasualtyWord() {
        assertThat(find("ما أدى إلى مقتل عنصرين وإصابة آخر")).filteredOn(Casualties.Casualty::killed)
                .extracting(Casualties.Casualty::figure).containsExactly(Figure.exactly(2));
    }

    @Test
    void othersNamedAfterAJoinTakeTheirOwnVerb() {
        assertThat(find("One fighter was killed and three others were wounded when cells attacked their post"))
                .extracting(Casualties.Casualty::figure, Casualties.Casualty::killed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Figure.exactly(1), true),
                        org.assertj.core.groups.Tuple.tuple(Figure.exactly(3), false));
        assertThat(find("Coalition strikes killed 3 civilians and wounded 4 others")).filteredOn(c -> !c.killed())
                .extracting(Casualties.Casualty::figure).containsExactly(Figure.exactly(4));
    }

    @Test
    void aCountOfASidesFightersFindsItsVerbPastThePartyName() {
        assertThat(find("nine SDF fighters and at least eleven members of the organization were killed"))
                .filteredOn(Casualties.Casualty::killed).extracting(Casualties.Casualty::figure)
                .containsExactly(Figure.exactly(9), Figure.exactly(11));
    }

    @Test
    void theDeathOfAndMartyrdomAreDeaths() {
        assertThat(find("SOHR documented the death of 12 fighters")).singleElement()
                .satisfies(c -> assertThat(c.killed()).isTrue());
        assertThat(find("Two suicide bombers blew themselves up, and five fighters were martyred"))
                .extracting(Casualties.Casualty::figure).containsExactly(Figure.exactly(5));
    }
}
