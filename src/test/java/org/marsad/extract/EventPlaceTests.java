package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of the places a sentence names is where its event happened. */
class EventPlaceTests {
    private static String placeOf(String text) {
        List<EventClaim> claims = Fixtures.EXTRACTOR.extract(Fixtures.report(text));
        assertThat(claims).as(text).isNotEmpty();
        return claims.get(0).place() == null ? null : claims.get(0).place().text();
    }

    @Test
    void aPlaceInsideAnActorsNameIsNotTheEventsPlace() {
        assertThat(placeOf("Two members of the Deir ez-Zor Military Council were killed when a landmine exploded "
                + "near al-Kishma on Thursday.")).isEqualTo("al-Kishma");
    }

    @Test
    void aVillageIsPreferredToTheCountrysideNamedBeforeIt() {
        assertThat(placeOf("شن مقاتلو داعش هجوما على ريف دير الزور الشرقي وسيطروا على قرية البحرة مساء الأربعاء"))
                .isEqualTo("البحرة");
        assertThat(placeOf("In the desert west of the Euphrates, militias fought off an IS attack on al-Quriyah on Sunday."))
                .isEqualTo("al-Quriyah");
        assertThat(placeOf("In the Deir ez-Zor countryside, IS fighters attacked al-Quriyah on Sunday."))
                .isEqualTo("al-Quriyah");
    }

    @Test
    void theCountrysideStaysThePlaceWhenNoVillageIsNamed() {
        assertThat(placeOf("قصفت طائرات روسية مواقع للتنظيم في بادية الميادين يوم الأحد")).isEqualTo("الميادين");
    }

    @Test
    void aPlacePeopleWentTowardsIsNotWhereTheEventWas() {
        List<EventClaim> claims = Fixtures.EXTRACTOR.extract(Fixtures.report("شن مقاتلو داعش هجوما على قرية البحرة مساء "
                + "الأربعاء. وقتل 41 عنصرا من قسد في الهجوم، فيما انسحب من تبقى منهم باتجاه بلدة الجرذي."));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.place().text()).isEqualTo("البحرة");
            assertThat(c.fatalities()).isEqualTo(Figure.exactly(41));
        });
    }

    @Test
    void readsEnglishPhrasesOfHeading() {
        assertThat(placeOf("ISIS fighters attacked al-Bahra on Sunday, and the survivors fled to Hajin.")).isEqualTo("al-Bahra");
        assertThat(placeOf("Heading for the town of Hajin, SDF units clashed with ISIS in al-Bahra on Sunday."))
                .isEqualTo("al-Bahra");
        assertThat(placeOf("Clashes broke out in al-Bahra on Sunday as SDF units pushed towards Hajin.")).isEqualTo("al-Bahra");
    }
}
