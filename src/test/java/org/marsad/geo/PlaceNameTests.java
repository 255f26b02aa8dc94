package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceNameTests {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    @Test
    void givesEverySpellingOfDeirEzZorOneKey() {
        assertThat(List.of("Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr", "Deir al-Zour", "Deir Ezzour", "Der Zor",
                "Dayr az-Zur", "Deir el-Zor"))
                .extracting(PlaceName::key).containsOnly("derzur");
    }

    @Test
    void givesEverySpellingOfShafaOneKey() {
        assertThat(List.of("Shafa", "Sha'fah", "Shaafa", "Sha'fe", "Shaafah", "al-Sha'fah", "ash-Shafa", "Al Shaafa",
                "Ashshafa", "Shaʿfah"))
                .extracting(PlaceName::key).containsOnly("shaf");
    }

    @Test
    void givesSusahAndBaghuzVariantsOneKeyEach() {
        assertThat(List.of("Susah", "Sousa", "Souseh", "Al-Susa", "as-Sūsah", "Assousa"))
                .extracting(PlaceName::key).containsOnly("sus");
        assertThat(List.of("Baghuz", "Baghouz", "al-Baghuz", "Al Baghouz")).extracting(PlaceName::key).containsOnly("baghuz");
    }

    @Test
    void foldsArabicArticleDiacriticsAndTehMarbuta() {
        assertThat(PlaceName.key("الشَّعْفَة")).isEqualTo(PlaceName.key("شعفه"));
        assertThat(PlaceName.key("دير الزور")).isEqualTo(PlaceName.key("دير زور"));
    }

    @Test
    void resolvesEveryAbuKamalSpellingToTheSameGeoNamesEntry() {
        for (String spelling : List.of("Abu Kamal", "Al-Bukamal", "Albu Kamal", "Boukamal", "Abou Kamal", "البوكمال", "أبو كمال")) {
            assertThat(GAZETTEER.find(spelling)).as(spelling).extracting(GazetteerEntry::id).containsExactly("geonames:174448");
        }
    }

    @Test
    void resolvesShafaSusahAndDeirEzZorSpellingsToOneEntryEach() {
        for (String spelling : List.of("Shafa", "Sha'fah", "Shaafa", "Sha'fe", "Shaafah", "al-Shafa", "الشعفة", "شعفة")) {
            assertThat(GAZETTEER.find(spelling)).as(spelling).extracting(GazetteerEntry::id).containsExactly("overlay:shafa");
        }
        for (String spelling : List.of("Susah", "Sousa", "Souseh", "Al-Susa", "السوسة")) {
            assertThat(GAZETTEER.find(spelling)).as(spelling).extracting(GazetteerEntry::id).containsExactly("geonames:172415");
        }
        for (String spelling : List.of("Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr", "Deir al-Zour", "Deir Ezzour", "Der Zor", "دير الزور")) {
            assertThat(GAZETTEER.find(spelling)).as(spelling).extracting(GazetteerEntry::id).containsExactly("geonames:170794");
        }
    }

    @Test
    void keepsVillagesWithCloseNamesApart() {
        assertThat(GAZETTEER.find("Abu Hamam")).extracting(GazetteerEntry::id).containsExactly("overlay:abu-hamam");
        assertThat(GAZETTEER.find("Abu Hassan")).extracting(GazetteerEntry::id).containsExactly("overlay:abu-hassan");
        assertThat(GAZETTEER.find("Abu Khater")).extracting(GazetteerEntry::id).containsExactly("overlay:abu-khater");
        assertThat(GAZETTEER.find("Kashma")).extracting(GazetteerEntry::id).containsExactly("overlay:kashma");
        assertThat(GAZETTEER.find("Kishkiyeh")).extracting(GazetteerEntry::id).containsExactly("overlay:kishkiyeh");
        assertThat(GAZETTEER.find("Baghuz Tahtani")).extracting(GazetteerEntry::id).containsExactly("overlay:baghuz-tahtani");
        assertThat(GAZETTEER.find("Baghuz Fawqani")).extracting(GazetteerEntry::id).containsExactly("overlay:baghuz-fawqani");
        assertThat(PlaceName.key("Sur")).isNotEqualTo(PlaceName.key("Susah"));
    }

    @Test
    void removesArabicProcliticsOnlyWhenTheRestIsAKnownName() {
        assertThat(GAZETTEER.find("بهجين")).extracting(GazetteerEntry::id).containsExactly("geonames:174506");
        assertThat(GAZETTEER.find("والسوسة")).extracting(GazetteerEntry::id).containsExactly("geonames:172415");
        assertThat(GAZETTEER.find("للشعفة")).extracting(GazetteerEntry::id).containsExactly("overlay:shafa");
        assertThat(GAZETTEER.find("بالباغوز")).extracting(GazetteerEntry::id).containsExactly("overlay:baghuz-fawqani");
        assertThat(GAZETTEER.find("بلدة")).isEmpty();
        assertThat(GAZETTEER.find("والقصف")).isEmpty();
    }
}
