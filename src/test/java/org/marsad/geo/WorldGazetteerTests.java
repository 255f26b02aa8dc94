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
}
