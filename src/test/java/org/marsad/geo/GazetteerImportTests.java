package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.report.Rejection;

class GazetteerImportTests {
    @TempDir
    Path dir;

    @Test
    void aDumpIsImportedRowByRowWithBadRowsNamedByLine() throws IOException {
        List<Rejection> rejected = new ArrayList<>();

        GazetteerImport.Result result = new GazetteerImport(dir.resolve("gazetteer")).run(dump(), rejected::add);

        assertThat(result.imported()).isEqualTo(2);
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.where()).endsWith("lebanon-sample.txt:3");
            assertThat(r.reason()).contains("latitude");
        });
        Gazetteer places = Gazetteer.bundledWith(GazetteerImport.files(dir.resolve("gazetteer")));
        assertThat(places.find("عرسال")).extracting(GazetteerEntry::id).containsExactly("geonames:990001");
        assertThat(places.size()).isEqualTo(Gazetteer.bundled().size() + 2);
    }

    @Test
    void importingTheSameDumpTwiceLeavesTheSamePlaces() throws IOException {
        GazetteerImport importer = new GazetteerImport(dir.resolve("gazetteer"));
        importer.run(dump(), r -> { });
        String first = Files.readString(GazetteerImport.files(dir.resolve("gazetteer")).get(0));

        importer.run(dump(), r -> { });

        assertThat(GazetteerImport.files(dir.resolve("gazetteer"))).hasSize(1);
        assertThat(Files.readString(GazetteerImport.files(dir.resolve("gazetteer")).get(0))).isEqualTo(first);
        assertThat(Gazetteer.bundledWith(GazetteerImport.files(dir.resolve("gazetteer"))).size())
                .isEqualTo(Gazetteer.bundled().size() + 2);
    }

    private Path dump() throws IOException {
        Path copy = dir.resolve("lebanon-sample.txt");
        try (var in = GazetteerImportTests.class.getResourceAsStream("/geo/lebanon-sample.txt")) {
            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }
}
