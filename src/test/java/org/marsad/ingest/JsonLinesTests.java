package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.report.Language;
import org.marsad.report.Origin;
import org.marsad.report.RawReport;
import org.marsad.report.Rejection;
import org.marsad.report.Report;
import org.marsad.report.Stage;

class JsonLinesTests {
    private final Path file = Fixtures.path("jsonl/reports.jsonl");

    @Test
    void rejectsEachBadLineByFileAndLineAndStillReadsEveryGoodOne() {
        IngestBatch batch = Fixtures.ingestor().read(file);

        assertThat(batch.reports()).extracting(parsed -> parsed.report().origin().line()).containsExactly(1, 2, 3, 7);
        assertThat(batch.rejections()).extracting(Rejection::line).containsExactly(
                file + ":5: invalid JSON: unexpected end of input at column 88",
                file + ":6: neither \"text\" nor \"html\" given",
                file + ":8: invalid published date, expected an ISO date or date-time");
        assertThat(batch.rejections()).allMatch(rejection -> rejection.stage() == Stage.INGEST);
        assertThat(batch.rejections().get(2).value()).isEqualTo("yesterday");
    }

    @Test
    void takesEveryGivenFieldAndDetectsWhatIsMissing() {
        IngestBatch batch = Fixtures.ingestor().read(file);

        Report anha = batch.reports().get(0).report();
        assertThat(anha.id().value()).isEqualTo("anha-2019-01-04-kashma");
        assertThat(anha.url()).isEqualTo("https://anha.example/en/kashma");
        assertThat(anha.source()).isEqualTo("ANHA");
        assertThat(anha.published()).isEqualTo(Instant.parse("2019-01-04T10:30:00Z"));
        assertThat(anha.language()).isEqualTo(Language.EN);
        assertThat(anha.title()).isEqualTo("SDF advances in al-Kashma");
        assertThat(anha.origin()).isEqualTo(new Origin(file.toString(), 1));

        Report sohr = batch.reports().get(1).report();
        assertThat(sohr.language()).isEqualTo(Language.AR);
        assertThat(sohr.published()).isEqualTo(Instant.parse("2019-01-05T00:00:00Z"));
        assertThat(sohr.id().value()).isEqualTo("sha256:" + batch.reports().get(1).raw().sha256().substring(0, 16));
        assertThat(sohr.text()).isEqualTo("المرصد السوري: مقتل ٥ مدنيين بينهم طفلان بقصف صاروخي على بلدة السوسة شرق دير الزور.");

        Report cjtf = batch.reports().get(3).report();
        assertThat(cjtf.published()).isEqualTo(Instant.parse("2019-01-08T12:00:00Z"));
    }

    @Test
    void readsTheArticleOutOfAnHtmlFieldWithTheLineFieldsWinning() {
        Report dz24 = Fixtures.ingestor().read(file).reports().get(2).report();

        assertThat(dz24.id().value()).isEqualTo("20190106");
        assertThat(dz24.source()).isEqualTo("Deir Ezzor 24");
        assertThat(dz24.title()).isEqualTo("Displacement from Baghuz");
        assertThat(dz24.published()).isEqualTo(Instant.parse("2019-01-06T16:45:00Z"));
        assertThat(dz24.text()).isEqualTo(
                "Hundreds of families left al-Baghuz Fawqani on foot towards SDF lines on Sunday, activists said.");
    }

    @Test
    void keepsTheBytesOfEachLineAsItsRawReport() throws IOException {
        ParsedReport first = Fixtures.ingestor().read(file).reports().get(0);

        String firstLine = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        assertThat(new String(first.raw().bytes(), StandardCharsets.UTF_8)).isEqualTo(firstLine);
        assertThat(first.raw().sha256()).isEqualTo(RawReport.sha256(firstLine));
        assertThat(first.raw().mediaType()).isEqualTo("application/x-ndjson");
        assertThat(first.raw().retrievedAt()).isEqualTo(Fixtures.NOW);
    }

    @Test
    void rejectsLinesThatAreNotReportObjects() {
        String lines = String.join("\n",
                "[\"SDF\", \"Hajin\"]",
                "{\"text\": \"Clashes in Gharanij\"} trailing",
                "{\"text\": 12}",
                "{\"text\": \"a\", \"text\": \"b\"}",
                "{\"id\": {\"n\": 1}, \"text\": \"Strike on Abu Hassan\"}",
                "{text: \"unquoted\"}");
        IngestBatch batch = Fixtures.ingestor().read("stdin", stream(lines), Format.JSON_LINES);

        assertThat(batch.reports()).isEmpty();
        assertThat(batch.rejections()).extracting(Rejection::line).containsExactly(
                "stdin:1: not a JSON object",
                "stdin:2: invalid JSON: unrecognized token 'trailing' at column 33",
                "stdin:3: field \"text\" must be a string",
                "stdin:4: invalid JSON: duplicate field 'text' at column 21",
                "stdin:5: field \"id\" must be a string or a whole number",
                "stdin:6: invalid JSON: unexpected character 't' at column 2");
    }

    @Test
    void streamsAFileLargerThanTheWholeFileLimitAndRejectsOnlyTheOverlongLine(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.jsonl");
        String good = "{\"source\": \"SOHR\", \"text\": \"Shelling on Hajin, report %04d\"}\n";
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 1; i <= 400; i++) {
                out.write((i == 200 ? "{\"text\": \"" + "x".repeat(300) + "\"}\n" : good.formatted(i))
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        Ingestor small = new Ingestor(new IngestSettings(1_000, 200), Fixtures.CLOCK);

        IngestBatch batch = small.read(big);

        assertThat(Files.size(big)).isGreaterThan(20_000);
        assertThat(batch.reports()).hasSize(399);
        assertThat(batch.rejections()).extracting(Rejection::line)
                .containsExactly(big + ":200: line too long: 312 bytes, limit 200");
    }

    @Test
    void rejectsALineThatIsNotUtf8AndReadsTheNext() {
        byte[] latin1 = "{\"text\": \"caf\u00e9 in Abu Kamal\"}\n{\"text\": \"Clashes in Dhiban\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        IngestBatch batch = Fixtures.ingestor().read("feed.jsonl", new ByteArrayInputStream(latin1), Format.JSON_LINES);

        assertThat(batch.rejections()).extracting(Rejection::line).containsExactly("feed.jsonl:1: invalid UTF-8 at byte 13");
        assertThat(batch.reports()).extracting(parsed -> parsed.report().text()).containsExactly("Clashes in Dhiban");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
