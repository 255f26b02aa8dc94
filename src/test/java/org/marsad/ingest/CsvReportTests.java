package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marsad.report.Language;
import org.marsad.report.Rejection;
import org.marsad.report.Report;

class CsvReportTests {
    private final Path file = Fixtures.path("csv/reports.csv");

    @Test
    void readsOneReportPerRowAndRejectsBadRowsByTheirFirstLine() {
        IngestBatch batch = Fixtures.ingestor().read(file);

        assertThat(batch.reports()).extracting(parsed -> parsed.report().id().value())
                .containsExactly("sohr-2019-02-10", "dz24-2019-02-11", "amaq-2019-02-13");
        assertThat(batch.reports()).extracting(parsed -> parsed.report().origin().line()).containsExactly(2, 3, 7);
        assertThat(batch.rejections()).extracting(Rejection::line).containsExactly(
                file + ":6: row has 3 fields, header has 6",
                file + ":8: neither \"text\" nor \"html\" given");
    }

    @Test
    void keepsQuotedParagraphsAndEscapedQuotes() {
        IngestBatch batch = Fixtures.ingestor().read(file);

        Report dz24 = batch.reports().get(1).report();
        assertThat(dz24.text()).isEqualTo("قالت شبكة دير الزور ٢٤ إن التحالف الدولي قصف تجمعاً للنازحين قرب الباغوز."
                + "\n\nوأضافت أن عدد الضحايا لم يُعرف بعد.");
        assertThat(dz24.language()).isEqualTo(Language.AR);
        assertThat(dz24.title()).isNull();
        Report amaq = batch.reports().get(2).report();
        assertThat(amaq.text()).isEqualTo(
                "Amaq claimed that \"soldiers of the caliphate\" destroyed an SDF vehicle near al-Marashida.");
        assertThat(amaq.published()).isEqualTo(Instant.parse("2019-02-13T17:00:00Z"));
        assertThat(amaq.language()).isEqualTo(Language.EN);
    }

    @Test
    void keepsTheHeaderAndTheRowAsWrittenAsTheRawBytes() {
        ParsedReport sohr = Fixtures.ingestor().read(file).reports().get(0);

        assertThat(new String(sohr.raw().bytes(), StandardCharsets.UTF_8)).isEqualTo(
                "id,source,published,language,title,text\n"
                        + "sohr-2019-02-10,SOHR,2019-02-10T09:00:00Z,en,Fighting in Baghuz,\"SOHR said 14 ISIS fighters "
                        + "and 3 SDF members were killed in clashes on the edge of al-Baghuz Fawqani, the last village "
                        + "held by the group.\"");
        assertThat(sohr.raw().mediaType()).isEqualTo("text/csv");
    }

    @Test
    void rejectsACsvWithoutATextColumn() {
        IngestBatch batch = read("id,body\n1,Clashes near Hajin\n");

        assertThat(batch.rejections()).extracting(Rejection::line)
                .containsExactly("upload.csv: CSV header has no \"text\" column");
    }

    @Test
    void rejectsAnUnclosedQuoteAtTheRowWhereItStartsAfterReadingTheRowsBefore() {
        IngestBatch batch = read("Source, TEXT\nSOHR,Shelling on Kashma\nSANA,\"Army units advance\nnear Abu Kamal\n");

        assertThat(batch.reports()).extracting(parsed -> parsed.report().source()).containsExactly("SOHR");
        assertThat(batch.rejections()).extracting(Rejection::line).containsExactly(
                "upload.csv:3: invalid CSV: EOF reached before encapsulated token finished");
    }

    private static IngestBatch read(String csv) {
        return Fixtures.ingestor().read("upload.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Format.CSV);
    }
}
