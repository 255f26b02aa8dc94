package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTests {
    /** As listed in ARCHITECTURE.md, in that order. */
    private static final List<String> ACLED = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp");

    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void ingest() throws IOException {
        data = dir.resolve("data");
        Path reports = dir.resolve("reports.jsonl");
        Files.writeString(reports, String.join("\n",
                "{\"id\":\"w1\",\"source\":\"SOHR\",\"published\":\"2018-12-17T08:00:00Z\",\"text\":\"A US-led coalition "
                        + "air strike killed 12 civilians in the village of al-Shafa in the eastern Deir ez-Zor countryside on Sunday.\"}",
                "{\"id\":\"w2\",\"source\":\"Deir Ezzor 24\",\"published\":\"2018-12-17T10:00:00Z\",\"language\":\"ar\","
                        + "\"text\":\"قتل 20 مدنياً في غارة جوية لطيران التحالف الدولي على بلدة الشعفة بريف دير الزور الشرقي يوم الأحد.\"}"),
                StandardCharsets.UTF_8);
        assertThat(CommandRun.of("ingest", "--data", data.toString(), reports.toString()).exitCode()).isZero();
    }

    @Test
    void acledCsvHasAcledsColumnsInAcledsOrder() throws IOException {
        Path csv = dir.resolve("out.csv");

        CommandRun run = CommandRun.of("export", "--format", "acled-csv", "--data", data.toString(), "-o", csv.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("exported 1 incidents as acled-csv");
        try (Reader in = Files.newBufferedReader(csv);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(ACLED);
            CSVRecord row = parser.getRecords().get(0);
            assertThat(row.get("event_date")).isEqualTo("2018-12-16");
            assertThat(row.get("sub_event_type")).isEqualTo("Air/drone strike");
            assertThat(row.get("actor1")).isEqualTo("Global Coalition Against Daesh");
            assertThat(row.get("civilian_targeting")).isEqualTo("Civilian targeting");
            assertThat(row.get("location")).isEqualTo("al-Shafa");
            assertThat(row.get("fatalities")).isEqualTo("12");
            assertThat(row.get("notes")).contains("fatalities 12-20");
            assertThat(row.get("source")).contains("SOHR").contains("Deir Ezzor 24");
        }
    }

    @Test
    void geoJsonPutsLongitudeFirst() throws IOException {
        Path out = dir.resolve("out.geojson");

        CommandRun.of("export", "--format", "geojson", "--data", data.toString(), "-o", out.toString());

        JsonNode features = new ObjectMapper().readTree(out.toFile()).get("features");
        assertThat(features).hasSize(1);
        JsonNode point = features.get(0).get("geometry").get("coordinates");
        assertThat(point.get(0).asDouble()).isBetween(40.0, 41.0);
        assertThat(point.get(1).asDouble()).isBetween(34.0, 35.0);
        assertThat(features.get(0).get("properties").get("fatalities").get("high").asInt()).isEqualTo(20);
    }

    @Test
    void jsonLinesHoldOneIncidentPerLineWithItsClaims() throws IOException {
        Path out = dir.resolve("out.jsonl");

        CommandRun.of("export", "--format", "jsonl", "--data", data.toString(), "-o", out.toString());

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1);
        JsonNode incident = new ObjectMapper().readTree(lines.get(0));
        assertThat(incident.get("claims")).hasSize(2);
        assertThat(incident.get("grade").asText()).isEqualTo("Fair");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CommandRun run = CommandRun.of("export", "--format", "kml", "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("unknown format 'kml'");
    }
}
