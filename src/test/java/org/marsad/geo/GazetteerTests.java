package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.report.Rejection;
import org.marsad.report.Stage;

class GazetteerTests {

    @Test
    void loadsTheBundledFilesWithoutRejections() {
        Gazetteer gazetteer = Gazetteer.bundled();

        assertThat(gazetteer.rejections()).isEmpty();
        assertThat(gazetteer.size()).isGreaterThan(930);
        assertThat(gazetteer.entry("geonames:170794")).get().extracting(GazetteerEntry::name).isEqualTo("Deir ez-Zor");
    }

    @Test
    void amendsAGeoNamesRowWithTheOverlayRowOfTheSameId() {
        GazetteerEntry hajin = Gazetteer.bundled().entry("geonames:174506").orElseThrow();

        assertThat(hajin.name()).isEqualTo("Hajin");
        assertThat(hajin.nameAr()).isEqualTo("هجين");
        assertThat(hajin.district()).isEqualTo("Abu Kamal");
        assertThat(hajin.names()).contains("Hajeen", "Hajīn");
        assertThat(hajin.source()).contains("geonames-sy-iq.tsv:").contains("amended by gazetteer/overlay-deir-ez-zor.tsv:");
    }

    @Test
    void givesTheGovernorateOfAnEntryInBothLanguages() {
        Gazetteer gazetteer = Gazetteer.bundled();
        GazetteerEntry mosul = gazetteer.find("Mosul").get(0);

        assertThat(gazetteer.admin1(mosul)).isEqualTo("Nineveh");
        assertThat(gazetteer.admin1Ar(mosul)).isEqualTo("نينوى");
    }

    @Test
    void namesTheGovernorateOfEverySyrianAndIraqiSeatAfterItsOwnAdmin1Code() {
        Gazetteer gazetteer = Gazetteer.bundled();

        assertThat(List.of("Deir ez-Zor", "Aleppo", "Hamah", "Homs", "Idlib", "Ar Raqqah", "Al Hasakah", "Mosul", "Ramadi",
                "Tikrit", "Baqubah", "Kirkuk"))
                .extracting(name -> gazetteer.admin1(gazetteer.find(name).stream()
                        .filter(e -> e.featureCode().equals("PPLA")).findFirst().orElseThrow()))
                .containsExactly("Deir ez-Zor", "Aleppo", "Hama", "Homs", "Idlib", "Raqqa", "al-Hasakah", "Nineveh", "Anbar",
                        "Salah ad-Din", "Diyala", "Kirkuk");
        assertThat(List.of("SY", "IQ")).allSatisfy(country -> assertThat(GazetteerTestRows.bundledRows(gazetteer, country))
                .allSatisfy(e -> assertThat(gazetteer.admin1(e)).as(e.id()).isNotNull()));
    }

    @Test
    void readsUserFilesAfterTheBundledOnesSoTheyCanAddPlaces() throws URISyntaxException {
        Path file = Path.of(GazetteerTests.class.getResource("/geo/user-gazetteer.tsv").toURI());

        Gazetteer gazetteer = Gazetteer.bundledWith(List.of(file));

        assertThat(gazetteer.size()).isEqualTo(Gazetteer.bundled().size() + 2);
        assertThat(gazetteer.find("Other Village")).hasSize(1);
        assertThat(gazetteer.find("Hajin")).extracting(GazetteerEntry::id).containsExactly("geonames:174506");
        assertThat(gazetteer.rejections()).hasSize(2);
    }

    @Test
    void rejectsMalformedRowsWithFileLineAndReasonAndLoadsTheRest() throws URISyntaxException {
        Path file = Path.of(GazetteerTests.class.getResource("/geo/user-gazetteer.tsv").toURI());

        Gazetteer gazetteer = Gazetteer.load(List.of(file));

        assertThat(gazetteer.rejections()).containsExactly(
                new Rejection(Stage.GAZETTEER, file + ":3", "latitude is not a number: 'north'",
                        "9000002 Bad Village Bad Village north 40.90 P PPL SY 07 0 Asia/Damascus 2026-11-24"),
                new Rejection(Stage.GAZETTEER, file + ":4", "expected 19 or 20 tab-separated columns, found 5",
                        "9000003 Short Row Short Row 34.1 40.2"));
        assertThat(gazetteer.size()).isEqualTo(2);
        assertThat(gazetteer.find("قرية تجربة")).extracting(GazetteerEntry::id).containsExactly("geonames:9000001");
        assertThat(gazetteer.find("Other Village")).extracting(GazetteerEntry::population).containsExactly(120L);
    }

    @Test
    void refusesAnEmptyListOfFiles() {
        assertThatThrownBy(() -> Gazetteer.load(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gazetteer files must not be empty");
    }
}
