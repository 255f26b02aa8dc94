package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeocoderTests {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private final Geocoder geocoder = new Geocoder(GAZETTEER);

    @Test
    void resolvesArabicShafaInTheEasternCountrysideToTheVillageNearHajin() {
        String text = "قصف التحالف الدولي بلدة الشعفة بريف دير الزور الشرقي";
        System.out.println(geocoder.explain(text));
        List<Location> found = geocoder.geocode(text);

        assertThat(found).hasSize(1);
        Location shafa = found.get(0);
        assertThat(shafa.gazetteerId()).isEqualTo("overlay:shafa");
        assertThat(shafa.nameAr()).isEqualTo("الشعفة");
        assertThat(shafa.admin1()).isEqualTo("Deir ez-Zor");
        assertThat(shafa.geoPrecision()).isEqualTo(1);
        assertThat(shafa.iso()).isEqualTo(760);
        assertThat(shafa.why()).isNotEmpty();
    }

    @Test
    void resolvesEnglishShafahEastOfHajinToTheSameVillage() {
        String text = "coalition strikes on Sha'fah east of Hajin";
        System.out.println(geocoder.explain(text));
        List<Location> found = geocoder.geocode(text);

        assertThat(found).extracting(Location::gazetteerId).containsExactly("overlay:shafa");
        assertThat(found.get(0).admin1()).isEqualTo("Deir ez-Zor");
        assertThat(found.get(0).country()).isEqualTo("Syria");
        assertThat(found.get(0).why()).anyMatch(r -> r.contains("Sha'fah"));
    }
}
