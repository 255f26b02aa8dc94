package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueBackedPlaceSpotterTests {
    /** A gazetteer that knows only Hajin, by its Arabic name. */
    private static final PlaceSpotter HAJIN_ONLY = text -> {
        int at = text.indexOf("هجين");
        return at < 0 ? List.of() : List.of(new PlaceMention("هجين", new Span(at, at + 4), ""));
    };

    private static List<String> spot(String text) {
        return new CueBackedPlaceSpotter(HAJIN_ONLY).spot(text).stream().map(PlaceMention::text).toList();
    }

    @Test
    void addsAVillageTheGazetteerLacksByItsSettlementWord() {
        assertThat(spot("داهمت قسد منازل في قرية الدادات فجر اليوم قرب هجين")).containsExactly("الدادات", "هجين");
    }

    @Test
    void keepsTheGazetteersNameWhereBothFindOne() {
        assertThat(spot("قصف على بلدة هجين صباح اليوم")).containsExactly("هجين");
    }

    @Test
    void addsNoNeighbourhoodNorFunctionWord() {
        assertThat(spot("سقطت قذيفة على حي القصور وقرى في البادية")).isEmpty();
    }

    @Test
    void aTimeOrBearingAfterASettlementWordIsNoVillage() {
        assertThat(spot("انفجر لغم شمال قرية يوم الإثنين قرب هجين")).containsExactly("هجين");
        assertThat(spot("قصف طال قرية شرقي هجين")).containsExactly("هجين");
    }
}
