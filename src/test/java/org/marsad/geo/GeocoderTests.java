package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.extract.PlaceMention;

class GeocoderTests {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private final Geocoder geocoder = new Geocoder(GAZETTEER);

    @Test
    void resolvesArabicShafaInTheEasternCountrysideToTheVillageNearHajin() {
        List<Location> found = geocoder.geocode("قصف التحالف الدولي بلدة الشعفة بريف دير الزور الشرقي");

        assertThat(found).hasSize(1);
        Location shafa = found.get(0);
        assertThat(shafa.mention()).isEqualTo("الشعفة");
        assertThat(shafa.gazetteerId()).isEqualTo("overlay:shafa");
        assertThat(shafa.nameAr()).isEqualTo("الشعفة");
        assertThat(shafa.lat()).isEqualTo(34.579);
        assertThat(shafa.lon()).isEqualTo(40.934);
        assertThat(shafa.admin1()).isEqualTo("Deir ez-Zor");
        assertThat(shafa.admin2()).isEqualTo("Abu Kamal");
        assertThat(shafa.geoPrecision()).isEqualTo(1);
        assertThat(shafa.iso()).isEqualTo(760);
        assertThat(shafa.why()).containsExactly("exact name: 1 candidate(s) for 'الشعفة': overlay:shafa al-Shafa",
                "governorate: 'ريف دير الزور الشرقي' named next to the mention agrees with al-Shafa");
    }

    @Test
    void resolvesEnglishShafahEastOfHajinToTheSameVillage() {
        List<Location> found = geocoder.geocode("coalition strikes on Sha'fah east of Hajin");

        assertThat(found).extracting(Location::gazetteerId).containsExactly("overlay:shafa");
        assertThat(found.get(0).admin1()).isEqualTo("Deir ez-Zor");
        assertThat(found.get(0).country()).isEqualTo("Syria");
        assertThat(found.get(0).why()).containsExactly("exact name: 1 candidate(s) for 'Sha'fah': overlay:shafa al-Shafa",
                "places in the same report: al-Shafa is 16 km from Hajin, named in the same report");
    }

    @Test
    void resolvesEveryPlaceOfAReportInTextOrder() {
        List<Location> found = geocoder.geocode(
                "SOHR said coalition jets struck Baghuz Fawqani and al-Marashida, while the SDF advanced on Abu Khater.");

        assertThat(found).extracting(Location::gazetteerId)
                .containsExactly("overlay:baghuz-fawqani", "overlay:marashida", "overlay:abu-khater");
    }

    @Test
    void explainsTheChoiceWithItsPrecisionCandidatesAndReasons() {
        String explanation = geocoder.explain("Shelling hit Suran overnight.");

        assertThat(explanation).contains("\"Suran\" [13, 18)")
                .contains("→ geonames:163915 Suran / صوران (35.2919, 36.7485) precision 2; Hama, Syria (iso 760)")
                .contains("other candidates: geonames:163913, geonames:96961")
                .contains("because feature class and population: could not tell the candidates apart");
        assertThat(geocoder.explain("no places here")).isEqualTo("no place found\n");
    }

    @Test
    void neverThrowsAndKeepsEverySpanInsideTheTextOnRandomText() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] pieces = {"Hajin", "بهجين", "al-", "Sha'fah", " ", ", ", "و", "ال", "ريف", "east of ", "Deir ez-Zor",
                "\u064E", "ـ", "٣", "'", "-", "\n", "ب", "Suran", "صوران", "x", "é", "\uD83D\uDE00"};
        GazetteerSpotter spotter = new GazetteerSpotter(GAZETTEER);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertThatCode(() -> geocoder.geocode(t)).as("seed %d text '%s'", seed, t).doesNotThrowAnyException();
            for (PlaceMention m : spotter.spot(t)) {
                assertThat(m.span().within(t)).as("seed %d text '%s'", seed, t).isTrue();
                assertThat(m.span().of(t)).as("seed %d", seed).isEqualTo(m.text());
            }
        }
    }

    @Test
    void resolvesTheCountrysideOfAbuKamalToTheAreaAtPrecisionThreeNotToTheTown() {
        for (String text : List.of("استمرار الاشتباكات في ريف البوكمال بين قسد والتنظيم",
                "Clashes continued in the Abu Kamal countryside.", "Shelling hit the countryside of Abu Kamal.")) {
            assertThat(geocoder.geocode(text)).as(text).singleElement().satisfies(l -> {
                assertThat(l.gazetteerId()).isEqualTo("overlay:abu-kamal-countryside");
                assertThat(l.geoPrecision()).isEqualTo(3);
            });
        }
    }

    @Test
    void givesATownNamedForItsCountrysideAtPrecisionThree() {
        Location arabic = geocoder.geocode("اشتباكات متقطعة بريف هجين").get(0);
        Location english = geocoder.geocode("Sporadic clashes in the Hajin countryside.").get(0);

        assertThat(List.of(arabic, english)).allSatisfy(l -> {
            assertThat(l.gazetteerId()).isEqualTo("geonames:174506");
            assertThat(l.geoPrecision()).isEqualTo(3);
            assertThat(l.why()).contains("the report names the countryside of Hajin, not the town: geo precision 3");
        });
        assertThat(geocoder.geocode("Sporadic clashes in Hajin.").get(0).geoPrecision()).isEqualTo(1);
    }

    @Test
    void knowsTheSpellingsKishmaAndHawaijAndTheArabicNameOfAnah() {
        assertThat(geocoder.geocode("Shelling on al-Kishma and Kishma.")).extracting(Location::gazetteerId)
                .containsExactly("overlay:kashma", "overlay:kashma");
        assertThat(geocoder.geocode("Residents of al-Hawaij fled.")).extracting(Location::gazetteerId)
                .containsExactly("overlay:hawaij");
        assertThat(geocoder.geocode("Iraqi forces in Anah.")).extracting(Location::nameAr).containsExactly("عنة");
    }
}
