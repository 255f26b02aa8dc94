package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.extract.PlaceMention;

/** The bundled gazetteer plus rows like those a world dump brings: namesakes far away must not win or intrude. */
class WorldGazetteerTests {
    private static Gazetteer world;

    @BeforeAll
    static void load() throws URISyntaxException {
        world = Gazetteer.bundledWith(List.of(Path.of(WorldGazetteerTests.class.getResource("/geo/world-rows.tsv").toURI())));
    }

    @Test
    void takesNoAcronymForAPlace() {
        assertThat(world.find("SDF")).hasSize(1);

        assertThat(new GazetteerSpotter(world).spot("SOHR said SDF fighters entered Hajin.")).extracting(PlaceMention::text)
                .containsExactly("Hajin");
        assertThat(new GazetteerSpotter(world).spot("The SDF's offensive on Hajin resumed.")).extracting(PlaceMention::text)
                .containsExactly("Hajin");
    }

    @Test
    void asksACueBeforeTakingASmallFarAwayPlaceNamedLikeAWord() {
        assertThat(new GazetteerSpotter(world).spot("قصف التحالف الدولي بلدة الشعفة")).extracting(PlaceMention::text)
                .containsExactly("الشعفة");
    }

    @Test
    void takesAPlaceAsTheContextOfAnotherOnlyWhenTheyLieInTheSameArea() {
        String text = "SDF fighters advanced on Hajin, al-Susah and al-Shafa on Tuesday.";

        List<PlaceMention> mentions = new GazetteerSpotter(world).spot(text);

        assertThat(mentions).extracting(PlaceMention::text).containsExactly("Hajin", "al-Susah", "al-Shafa");
        assertThat(mentions).extracting(PlaceMention::context).containsOnly("");
    }

    @Test
    void prefersTheNamesakeInTheWiderRegionOfTheFocusArea() {
        Location hol = new Geocoder(world).geocode("Women and children were trucked to al-Hol.").get(0);

        assertThat(hol.gazetteerId()).isEqualTo("geonames:173797");
        assertThat(hol.candidates()).contains("geonames:9200004");
        assertThat(hol.why()).anyMatch(r -> r.startsWith("focus area:") && r.contains("geonames:173797")
                && !r.contains("geonames:9200004"));
    }

    private static List<String> ids(String text) {
        return new Geocoder(world).geocode(text).stream().map(Location::gazetteerId).toList();
    }

    @Test
    void neverOpensANameWithAnEnglishFunctionWord() {
        assertThat(ids("A woman was killed by a sniper in Deir ez-Zor.")).containsExactly("geonames:170794");
    }

    @Test
    void neverClosesANameWithAnEnglishFunctionWord() {
        assertThat(ids("Coalition aircraft struck a mosque in al-Susah on Saturday.")).containsExactly("geonames:172415");
        assertThat(ids("Fighting went on in al-Sur and al-Busayrah.")).containsExactly("overlay:sur", "geonames:173927");
    }

    @Test
    void takesNoWeekdayAndNoStateForAPlace() {
        assertThat(ids("The SDF said on Sunday it had arrested an ISIS commander in Baghuz camp."))
                .containsExactly("overlay:baghuz-fawqani");
        assertThat(ids("Islamic State fighters seized the village of al-Marashida on Monday."))
                .containsExactly("overlay:marashida");
        assertThat(ids("State news agency SANA said the strike hit Hajin.")).containsExactly("geonames:174506");
    }

    @Test
    void prefersTheIraqiGovernorateToItsNamesakeInTurkey() {
        Location anbar = new Geocoder(world).geocode("ISIS tried to cross into Anbar.").get(0);

        assertThat(anbar.gazetteerId()).isEqualTo("overlay:anbar-governorate");
        assertThat(anbar.candidates()).containsExactly("geonames:323854");
        assertThat(anbar.why()).anyMatch(r -> r.startsWith("covered country:") && r.contains("overlay:anbar-governorate"));
    }

    @Test
    void takesNoOrdinaryArabicWordForAPlaceAbroad() {
        assertThat(ids("خطف مسلحون طبيباً من منزله في بلدة ذيبان")).containsExactly("geonames:170691");
        assertThat(ids("خرج العشرات من أهالي بلدة الشحيل في مظاهرة")).containsExactly("overlay:shuhayl");
        assertThat(ids("قصفت طائرة حربية بلدة هجين")).containsExactly("geonames:174506");
    }

    @Test
    void takesNoNeverPlaceWordForAPlaceEvenWithAProclitic() {
        assertThat(ids("عاد الهدوء للمدينة بعد الاشتباكات")).isEmpty();
        assertThat(ids("عاد الهدوء إلى المدينة بعد الاشتباكات")).isEmpty();
    }
}
