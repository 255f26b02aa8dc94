package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HajinReportsTests {
    private final Geocoder geocoder = new Geocoder(Gazetteer.bundled());

    @Test
    void geocodesEverySentenceOfTheHajinFixtureToTheAnnotatedPlaces() throws IOException {
        List<String> lines;
        try (InputStream in = HajinReportsTests.class.getResourceAsStream("/geo/hajin-reports.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        assertThat(lines).hasSizeGreaterThan(10);
        for (String line : lines) {
            String[] columns = line.split("\t", -1);
            List<String> expected = columns[1].isEmpty() ? List.of() : Arrays.asList(columns[1].split(","));

            assertThat(geocoder.geocode(columns[0])).as(columns[0]).extracting(Location::gazetteerId)
                    .containsExactlyElementsOf(expected);
        }
    }
}
