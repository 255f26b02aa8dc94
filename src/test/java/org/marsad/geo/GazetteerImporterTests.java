package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.report.Rejection;
import org.marsad.report.Stage;

class GazetteerImporterTests {
    @TempDir
    Path data;

    private static Path sample() throws URISyntaxException {
        return Path.of(GazetteerImporterTests.class.getResource("/geo/cities500-sample.txt").toURI());
    }

    @Test
    void importsTheGoodRowsOfADumpAndRejectsTheMalformedOneWithFileLineAndReason() throws URISyntaxException {
        List<Rejection> rejected = new ArrayList<>();

        ImportSummary summary = new GazetteerImporter(data).importFile(sample(), Set.of(), rejected::add);

        assertThat(summary.imported()).isEqualTo(3);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.target()).isEqualTo(data.resolve("gazetteer/imported-cities500-sample.tsv"));
        assertThat(rejected).extracting(Rejection::stage, Rejection::where, Rejection::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Stage.GAZETTEER, sample() + ":3",
                        "longitude is not a number: 'not-a-longitude'"));
        assertThat(summary.line()).endsWith("3 places imported into " + summary.target() + ", 1 rows rejected");
    }

    @Test
    void importingTheSameFileTwiceLeavesTheSameEntries() throws URISyntaxException, IOException {
        GazetteerImporter importer = new GazetteerImporter(data);
        importer.importFile(sample(), Set.of(), r -> { });
        String first = Files.readString(data.resolve("gazetteer/imported-cities500-sample.tsv"));
        int once = Gazetteer.bundledWith(GazetteerImporter.importedFiles(data)).size();

        importer.importFile(sample(), Set.of(), r -> { });

        assertThat(GazetteerImporter.importedFiles(data)).hasSize(1);
        assertThat(Files.readString(data.resolve("gazetteer/imported-cities500-sample.tsv"))).isEqualTo(first);
        assertThat(Gazetteer.bundledWith(GazetteerImporter.importedFiles(data)).size()).isEqualTo(once)
                .isEqualTo(Gazetteer.bundled().size() + 3);
        assertThat(Files.list(data.resolve("gazetteer"))).hasSize(1);
    }

    @Test
    void makesImportedPlacesFindableAlongsideTheBundledOnes() throws URISyntaxException {
        new GazetteerImporter(data).importFile(sample(), Set.of(), r -> { });

        Gazetteer gazetteer = Gazetteer.bundledWith(GazetteerImporter.importedFiles(data));

        assertThat(gazetteer.find("Blaye")).extracting(GazetteerEntry::id).containsExactly("geonames:2967108");
        assertThat(gazetteer.find("Dhiban")).extracting(GazetteerEntry::countryCode).containsExactlyInAnyOrder("SY", "JO");
        assertThat(gazetteer.rejections()).isEmpty();
    }

    @Test
    void keepsOnlyTheCountriesAskedFor() throws URISyntaxException {
        ImportSummary summary = new GazetteerImporter(data).importFile(sample(), Set.of("JO"), r -> { });

        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(2);
        assertThat(Gazetteer.load(GazetteerImporter.importedFiles(data)).entries())
                .extracting(GazetteerEntry::id).containsExactly("geonames:249664");
    }

    @Test
    void findsNoImportedFilesInAnEmptyDataDirectory() {
        assertThat(GazetteerImporter.importedFiles(data)).isEmpty();
    }
}
