package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.extract.PlaceMention;

class GazetteerSpotterTests {
    private static final GazetteerSpotter SPOTTER = new GazetteerSpotter(Gazetteer.bundled());

    @Test
    void findsEveryVillageOfAListWithSpansInTheOriginalText() {
        String text = "SDF fighters advanced on Hajin, al-Susah and al-Shafa on Tuesday, SOHR said.";

        List<PlaceMention> mentions = SPOTTER.spot(text);

        assertThat(mentions).extracting(PlaceMention::text).containsExactly("Hajin", "al-Susah", "al-Shafa");
        assertThat(mentions).allSatisfy(m -> assertThat(m.span().of(text)).isEqualTo(m.text()));
    }

    @Test
    void takesTheLongestNameFirst() {
        String text = "Airstrikes hit Baghuz Fawqani and the eastern countryside of Deir ez-Zor.";

        assertThat(SPOTTER.spot(text)).extracting(PlaceMention::text)
                .containsExactly("Baghuz Fawqani", "eastern countryside of Deir ez-Zor");
    }

    @Test
    void keepsTheAreaAfterAVillageAsItsContext() {
        String text = "قصف التحالف الدولي بلدة الشعفة بريف دير الزور الشرقي";

        List<PlaceMention> mentions = SPOTTER.spot(text);

        assertThat(mentions).hasSize(1);
        assertThat(mentions.get(0).text()).isEqualTo("الشعفة");
        assertThat(mentions.get(0).context()).isEqualTo("بريف دير الزور الشرقي");
    }

    @Test
    void excludesTheProcliticFromTheSpan() {
        String text = "اشتباكات عنيفة بهجين والسوسة";

        List<PlaceMention> mentions = SPOTTER.spot(text);

        assertThat(mentions).extracting(PlaceMention::text).containsExactly("هجين", "السوسة");
        assertThat(mentions).allSatisfy(m -> assertThat(m.span().of(text)).isEqualTo(m.text()));
    }

    @Test
    void countsAVillageNamedLikeAnOrdinaryWordOnlyAfterAPlaceCue() {
        assertThat(SPOTTER.spot("أعلن الباحثون عن سلالة هجين جديدة من القمح")).isEmpty();
        assertThat(SPOTTER.spot("غارات جوية على مدينة هجين")).extracting(PlaceMention::text).containsExactly("هجين");
        assertThat(SPOTTER.spot("تم الجلاء عن المبنى")).isEmpty();
        assertThat(SPOTTER.spot("اشتباكات في الجلاء")).extracting(PlaceMention::text).containsExactly("الجلاء");
    }

    @Test
    void doesNotTakeEnglishWordsForArticles() {
        String text = "Fighting at Hajin and an assault near Gharanij.";

        assertThat(SPOTTER.spot(text)).extracting(PlaceMention::text).containsExactly("Hajin", "Gharanij");
    }

    @Test
    void findsNothingInATextWithoutPlaces() {
        assertThat(SPOTTER.spot("The council discussed the budget proposal for next year.")).isEmpty();
        assertThat(SPOTTER.spot("")).isEmpty();
    }

    @Test
    void readsACueThatCarriesTheConjunctionWa() {
        assertThat(SPOTTER.spot("انفجرت عبوة قرب الصور، وفي هجين قتل مدنيان برصاص قناص")).extracting(PlaceMention::text)
                .contains("هجين");
        assertThat(SPOTTER.spot("وقرب هجين سقطت قذائف هاون")).extracting(PlaceMention::text).containsExactly("هجين");
    }

    @Test
    void takesASurnameThatIsAlsoATownForPartOfThePersonsName() {
        String text = "Mustafa Bali, the SDF spokesman, said clashes in Shaafa had killed four.";

        assertThat(SPOTTER.spot(text)).extracting(PlaceMention::text).containsExactly("Shaafa");
        assertThat(SPOTTER.spot("Outside Hajin the fighting went on.")).extracting(PlaceMention::text)
                .containsExactly("Hajin");
    }

    @Test
    void takesAHashtagForAPlaceCue() {
        assertThat(SPOTTER.spot("#البحرة تتعرض لقصف عنيف")).extracting(PlaceMention::text).containsExactly("البحرة");
        assertThat(SPOTTER.spot("البحرة تتعرض لقصف عنيف")).isEmpty();
        assertThat(SPOTTER.spot("Heavy shelling tonight #Hajin")).extracting(PlaceMention::text).containsExactly("Hajin");
    }

    @Test
    void readsAbuHassanAsAManUnlessAPlaceCueComesBefore() {
        assertThat(SPOTTER.spot("ISIS commander Abu Hassan al-Iraqi was reported killed.")).isEmpty();
        assertThat(SPOTTER.spot("Airstrikes hit Abu Hassan overnight.")).extracting(PlaceMention::text)
                .containsExactly("Abu Hassan");
    }

    @Test
    void countsANameThatIsAlsoAWordWhenAPlaceFollowsItInAList() {
        assertThat(SPOTTER.spot("القصف يطال السوسة والباغوز")).extracting(PlaceMention::text)
                .containsExactly("السوسة", "الباغوز");
    }

    @Test
    void readsQuartersHospitalsDistrictsAndFrontsAsPlaceCues() {
        assertThat(SPOTTER.spot("سقطت قذيفة على أحد أحياء هجين مساء")).extracting(PlaceMention::text).containsExactly("هجين");
        assertThat(SPOTTER.spot("توقف مشفى هجين عن العمل")).extracting(PlaceMention::text).containsExactly("هجين");
        assertThat(SPOTTER.spot("كمين لدورية في قضاء القائم")).extracting(PlaceMention::text).containsExactly("القائم");
        assertThat(SPOTTER.spot("Fighting flared again on the Bahra front overnight.")).extracting(PlaceMention::text)
                .containsExactly("Bahra");
        assertThat(SPOTTER.spot("The Bahra front was quiet.")).isEmpty();
    }

    @Test
    void spotsTheSamePlacesInTheExtractorsTokensAsInTheText() {
        String text = "وقصفت طائرات التحالف بلدة الشعفة شرق هجين، وقال المرصد إن 12 مدنياً قتلوا. "
                + "Clashes near al-Sha'fah, east of Hajin in Deir ez-Zor, killed 7.";

        assertThat(SPOTTER.spot(org.marsad.lexicon.Tokens.of(text))).isEqualTo(SPOTTER.spot(text)).isNotEmpty();
    }
}
