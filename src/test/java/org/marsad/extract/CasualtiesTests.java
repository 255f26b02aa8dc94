package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.Tokens;

class CasualtiesTests {
    private final Casualties casualties = new Casualties(Fixtures.LEXICON);

    private List<Casualties.Casualty> find(String text) {
        Tokens tokens = Tokens.of(text);
        return casualties.find(tokens, 0, tokens.size(), Set.of());
    }

    private static EventClaim onlyClaim(String text) {
        List<EventClaim> claims = Fixtures.EXTRACTOR.extract(Fixtures.report(text));
        assertThat(claims).as(text).hasSize(1);
        return claims.get(0);
    }

    @Test
    void readsTheKilled() {
        assertThat(find("Coalition airstrikes killed 14 people in al-Susah")).singleElement().satisfies(c -> {
            assertThat(c.figure()).isEqualTo(Figure.exactly(14));
            assertThat(c.killed()).isTrue();
            assertThat(c.civilian()).isFalse();
        });
    }

    @Test
    void readsTheInjuredApartFromTheKilled() {
        List<Casualties.Casualty> found = find("The shelling killed 3 people and wounded 11 others in Hajin");

        assertThat(found).extracting(c -> c.figure().low(), Casualties.Casualty::killed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, true), org.assertj.core.groups.Tuple.tuple(11, false));
    }

    @Test
    void marksCiviliansNamedAfterTheCount() {
        assertThat(find("مقتل ٧ مدنيين بقصف على هجين")).singleElement().satisfies(c -> {
            assertThat(c.figure()).isEqualTo(Figure.exactly(7));
            assertThat(c.civilian()).isTrue();
            assertThat(c.killed()).isTrue();
        });
    }

    @Test
    void readsTheArabicDualOfTheKilledAndOfTheInjured() {
        assertThat(find("سقوط قتيلين وجريحين في قصف على السوسة"))
                .extracting(c -> c.figure().low(), Casualties.Casualty::killed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(2, false));
    }

    @Test
    void readsQualifiedAndRangedCounts() {
        assertThat(find("at least 12 people were killed")).singleElement()
                .satisfies(c -> assertThat(c.why()).contains("at least"));
        assertThat(find("between 10 and 15 people were killed")).singleElement()
                .satisfies(c -> assertThat(c.figure()).isEqualTo(new Figure(10, 15)));
        assertThat(find("مقتل ما بين 10 و15 عنصرا")).singleElement()
                .satisfies(c -> assertThat(c.figure()).isEqualTo(new Figure(10, 15)));
    }

    @Test
    void ignoresNumbersThatCountNoCasualties() {
        assertThat(find("The coalition carried out 20 strikes around the town in 24 hours")).isEmpty();
        assertThat(find("نزوح 300 عائلة من الباغوز")).isEmpty();
    }

    @Test
    void ignoresYears() {
        assertThat(find("The battle for Hajin killed many in 2018")).isEmpty();
    }

    @Test
    void addsUpASplitTotalOfCiviliansAndMilitants() {
        EventClaim claim = onlyClaim("Coalition airstrikes on al-Susah killed 14 civilians and 9 militants on Saturday.");

        assertThat(claim.fatalities()).isEqualTo(Figure.exactly(23));
        assertThat(claim.civilianFatalities()).isEqualTo(Figure.exactly(14));
    }

    @Test
    void doesNotAddThePartOfATotalToTheTotal() {
        EventClaim claim = onlyClaim("An airstrike on Hajin killed 15 people, including 9 civilians.");

        assertThat(claim.fatalities()).isEqualTo(Figure.exactly(15));
        assertThat(claim.civilianFatalities()).isEqualTo(Figure.exactly(9));
    }

    @Test
    void readsTheArabicSplitTotalAndTheInjured() {
        EventClaim claim = onlyClaim("قصف مدفعي على بلدة الشعفة أسفر عن مقتل 5 مدنيين و3 عناصر من التنظيم وإصابة 8 آخرين");

        assertThat(claim.fatalities()).isEqualTo(Figure.exactly(8));
        assertThat(claim.civilianFatalities()).isEqualTo(Figure.exactly(5));
        assertThat(claim.injured()).isEqualTo(Figure.exactly(8));
    }

    @Test
    void codesDozensOfDeadAsTwelve() {
        EventClaim claim = onlyClaim("Dozens of civilians were killed in an air strike on al-Bahra.");

        assertThat(claim.fatalities()).isEqualTo(Figure.exactly(12));
        assertThat(claim.civilianFatalities()).isEqualTo(Figure.exactly(12));
    }

    @Test
    void readsRahaDahiyataha() {
        EventClaim claim = onlyClaim("قصف جوي على بلدة السوسة يوم الأحد راح ضحيتها 26 مدنياً.");

        assertThat(claim.fatalities()).isEqualTo(Figure.exactly(26));
        assertThat(claim.civilianFatalities()).isEqualTo(Figure.exactly(26));
    }

    @Test
    void readsArabicKilledCuesOfTheSampleCorpus() {
        assertThat(find("سقط 5 شهيدا بقصف على هجين")).singleElement().satisfies(c -> assertThat(c.killed()).isTrue());
        assertThat(find("قضى 4 مدنيين بقصف على هجين")).singleElement().satisfies(c -> assertThat(c.civilian()).isTrue());
        assertThat(find("قتلوا 3 أشخاص في هجين")).singleElement().satisfies(c -> assertThat(c.killed()).isTrue());
    }

    @Test
    void readsTheExecutedAsKilled() {
        assertThat(find("ISIS executed 5 men in Hajin")).singleElement().satisfies(c -> assertThat(c.killed()).isTrue());
        assertThat(find("يعدم تنظيم داعش 7 مواطنين")).singleElement().satisfies(c -> assertThat(c.killed()).isTrue());
    }

    @Test
    void doesNotCountLengthsOfTime() {
        assertThat(find("Fighting in Hajin over the past 24 hours killed 5 ISIS fighters"))
                .extracting(c -> c.figure().low()).containsExactly(5);
        assertThat(find("After two days of clashes, 5 fighters were killed")).extracting(c -> c.figure().low())
                .containsExactly(5);
    }

    @Test
    void keepsAnotherSourcesTollAsARangeNotASum() {
        EventClaim claim = onlyClaim("A coalition air strike hit al-Shafa on Saturday. SOHR put the death toll at 36, "
                + "while activists from the area said at least 40 people had died.");

        assertThat(claim.fatalities()).isEqualTo(new Figure(36, 40));
    }

    @Test
    void stillAddsTheKilledOfTwoSidesOfOneToll() {
        assertThat(onlyClaim("Clashes in Hajin on Saturday killed 20 IS fighters and 9 SDF members.").fatalities())
                .isEqualTo(Figure.exactly(29));
    }

    @Test
    void doesNotAddThePartsOfACivilianTollToIt() {
        EventClaim claim = onlyClaim("Air strikes by the US-led coalition killed nine civilians, including four children, "
                + "early Tuesday in al-Susah.");

        assertThat(claim.fatalities()).isEqualTo(Figure.exactly(9));
        assertThat(claim.civilianFatalities()).isEqualTo(Figure.exactly(9));
    }

    @Test
    void countsTheDualOfTheInjuredAsInjured() {
        EventClaim claim = onlyClaim("قتيلان من عناصر قسد وجريحان في صفوفها بانفجار عبوة ناسفة في هجين يوم الأحد.");

        assertThat(claim.fatalities()).isEqualTo(Figure.exactly(2));
        assertThat(claim.injured()).isEqualTo(Figure.exactly(2));
    }

    @Test
    void doesNotCountTheDayOfADateAfterAWeekday() {
        EventClaim claim = onlyClaim("ارتفع إلى ٣٢ عدد القتلى جراء غارات طائرات التحالف يوم الاثنين ١٨ آذار/مارس ٢٠١٩ على الباغوز.");

        assertThat(claim.fatalities()).isEqualTo(Figure.exactly(32));
    }

    @Test
    void readsLaqiHatfahumAroundTheCount() {
        assertThat(find("لقي 4 عناصر من قسد حتفهم بانفجار لغم")).singleElement()
                .satisfies(c -> assertThat(c.figure()).isEqualTo(Figure.exactly(4)));
    }

    @Test
    void readsTheDualOfYoungMenExecutedAsTwoCivilians() {
        EventClaim claim = onlyClaim("نفذ تنظيم داعش حكم الإعدام بحق شابين في هجين يوم الخميس.");

        assertThat(claim.fatalities()).isEqualTo(Figure.exactly(2));
        assertThat(claim.civilianFatalities()).isEqualTo(Figure.exactly(2));
    }

    @Test
    void readsOneVictimNamedBySingularNoun() {
        EventClaim claim = onlyClaim("A rocket hit a bakery in Hajin on Monday, killing a girl and wounding three men.");

        assertThat(claim.fatalities()).isEqualTo(Figure.exactly(1));
        assertThat(claim.civilianFatalities()).isEqualTo(Figure.exactly(1));
        assertThat(claim.injured()).isEqualTo(Figure.exactly(3));
    }

    @Test
    void doesNotAddTheSecondPartOfAListOfPartsToTheTotal() {
        EventClaim english = onlyClaim("Air strikes killed 30 people in al-Susah on Tuesday, among them 11 children and 6 women.");
        EventClaim arabic = onlyClaim("قتل ٢٠ شخصا بينهم ٧ أطفال و٣ نساء بغارات على قرية الباغوز يوم الأربعاء");

        assertThat(english.fatalities()).isEqualTo(Figure.exactly(30));
        assertThat(english.civilianFatalities()).isEqualTo(Figure.exactly(17));
        assertThat(arabic.fatalities()).isEqualTo(Figure.exactly(20));
        assertThat(arabic.civilianFatalities()).isEqualTo(Figure.exactly(10));
    }

    @Test
    void countsTheDeadOfAMobAsCivilians() {
        EventClaim english = onlyClaim("An angry mob beat a man to death in Dhiban on Friday.");
        EventClaim arabic = onlyClaim("ضربت مجموعة غاضبة رجلاً حتى الموت قرب سوق هجين يوم السبت.");

        assertThat(english.subEventType()).isEqualTo(SubEventType.MOB_VIOLENCE);
        assertThat(english.civilianFatalities()).isEqualTo(Figure.exactly(1));
        assertThat(arabic.subEventType()).isEqualTo(SubEventType.MOB_VIOLENCE);
        assertThat(arabic.civilianFatalities()).isEqualTo(Figure.exactly(1));
    }

    @Test
    void readsOneAfterAFamilyAsDescribingItNotAsADeath() {
        assertThat(find("مقتل ثلاثة أطفال من أسرة واحدة")).extracting(c -> c.figure().low()).containsExactly(3);
        assertThat(find("وثق المرصد مقتل مقاتل واحد")).extracting(c -> c.figure().low()).containsExactly(1);
    }

    @Test
    void readsTheCountOfThemAsAPartOfTheTotal() {
        List<Casualties.Casualty> found = find("Shelling killed nine civilians, five of them women, in al-Kishma");

        assertThat(found).extracting(c -> c.figure().low(), Casualties.Casualty::subset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(9, false), org.assertj.core.groups.Tuple.tuple(5, true));
    }

    @Test
    void readsTheCountOfThemAsCiviliansWhenTheyWereNamedBefore() {
        assertThat(find("A shell hit a bus of displaced villagers, killing three of them")).singleElement()
                .satisfies(c -> assertThat(c.civilian()).isTrue());
    }

    @Test
    void readsAnArabicDualOfTheDeadAsKilledBesideTheInjuredWord() {
        assertThat(find("قتيلان وأربعة جرحى بسقوط قذيفة على السوق"))
                .extracting(c -> c.figure().low(), Casualties.Casualty::killed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(4, false));
    }

    @Test
    void readsMembersOfOneFamilyAsCiviliansAndNotTheOneAsAPerson() {
        assertThat(find("Five members of one family were killed in the strike")).singleElement().satisfies(c -> {
            assertThat(c.figure()).isEqualTo(Figure.exactly(5));
            assertThat(c.civilian()).isTrue();
        });
    }

    @Test
    void readsACountOfPeopleWhoseFateComesAfterAnAside() {
        assertThat(find("Some 25 people, the youngest of them a baby of six months, were killed in the raid"))
                .singleElement().satisfies(c -> {
                    assertThat(c.figure()).isEqualTo(Figure.exactly(25));
                    assertThat(c.killed()).isTrue();
                });
    }

    @Test
    void countsAWomanAndHerChildAsTwoCivilians() {
        EventClaim claim = onlyClaim("استشهدت سيدة وابنتها بقذيفة أطلقها التنظيم على بلدة الشحيل.");

        assertThat(claim.fatalities()).isEqualTo(Figure.exactly(2));
        assertThat(claim.civilianFatalities()).isEqualTo(Figure.exactly(2));
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
