package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marsad.report.Language;
import org.marsad.report.Origin;
import org.marsad.report.Rejection;
import org.marsad.report.Report;

class TelegramExportTests {
    private final java.nio.file.Path export = Fixtures.path("telegram/result.json");

    @Test
    void readsEachTextMessageAsAReportAndSkipsServiceMessagesAndEmptyCaptions() {
        IngestBatch batch = Fixtures.ingestor().read(export);

        assertThat(batch.reports()).extracting(parsed -> parsed.report().id().value())
                .containsExactly("telegram:1288417305:14", "telegram:1288417305:16", "telegram:1288417305:19");
        assertThat(batch.rejections()).extracting(Rejection::line)
                .containsExactly(export + ":5: malformed message: \"text\" must be a string or an array");
    }

    @Test
    void takesTheChannelAsSourceAndTheUnixTimeAsPublished() {
        Report first = Fixtures.ingestor().read(export).reports().get(0).report();

        assertThat(first.source()).isEqualTo("شبكة أخبار هجين");
        assertThat(first.published()).isEqualTo(Instant.parse("2018-12-14T07:12:00Z"));
        assertThat(first.language()).isEqualTo(Language.AR);
        assertThat(first.origin()).isEqualTo(new Origin(export.toString(), 2));
        assertThat(first.title()).isNull();
        assertThat(first.text()).startsWith("عاجل: سيطرة قوات سوريا الديمقراطية على مركز مدينة هجين");
    }

    @Test
    void joinsFormattedTextEntitiesInOrder() {
        Report strike = Fixtures.ingestor().read(export).reports().get(1).report();

        assertThat(strike.text()).isEqualTo(
                "مقتل ٤ مدنيين بغارة لطيران التحالف على حي الكتف في #هجين، ومصادر محلية تتحدث عن عائلة كاملة تحت الأنقاض.");
        assertThat(Fixtures.ingestor().read(export).reports().get(2).report().language()).isEqualTo(Language.EN);
    }

    @Test
    void keepsTheMessageObjectAsTheRawBytes() throws IOException {
        ParsedReport first = Fixtures.ingestor().read(export).reports().get(0);

        JsonNode message = new ObjectMapper().readTree(first.raw().bytes());
        assertThat(message.get("id").asInt()).isEqualTo(14);
        assertThat(message.get("date").asText()).isEqualTo("2018-12-14T09:12:00");
        assertThat(first.raw().mediaType()).isEqualTo("application/json");
    }

    @Test
    void fallsBackToTheLocalDateAndTheContentHashWhenTheExportLacksThem() {
        String json = """
                {"name": "Baghuz Now", "messages": [
                  {"id": 3, "type": "message", "date": "2019-03-01T10:00:00", "text": "Trucks leave al-Baghuz with civilians"}
                ]}""";
        IngestBatch batch = Fixtures.ingestor().read("result.json", stream(json), Format.TELEGRAM_JSON);

        Report report = batch.reports().get(0).report();
        assertThat(report.published()).isEqualTo(Instant.parse("2019-03-01T10:00:00Z"));
        assertThat(report.id().value()).isEqualTo("sha256:" + batch.reports().get(0).raw().sha256().substring(0, 16));
    }

    @Test
    void rejectsJsonThatIsNotATelegramExport() {
        IngestBatch batch = Fixtures.ingestor().read("result.json", stream("{\"chats\": 1}"), Format.TELEGRAM_JSON);
        IngestBatch broken = Fixtures.ingestor().read("result.json", stream("{\n\"name\": \"x\",\n"), Format.TELEGRAM_JSON);

        assertThat(batch.rejections()).extracting(Rejection::line)
                .containsExactly("result.json: not a Telegram Desktop export: no \"messages\" array");
        assertThat(broken.rejections()).extracting(Rejection::line)
                .containsExactly("result.json: invalid JSON: unexpected end of input at line 3, column 1");
    }

    @Test
    void refusesAFullAccountExportBecauseItHoldsPrivateChats() {
        String json = "{\"about\": \"\", \"personal_information\": {\"first_name\": \"A\"},"
                + " \"chats\": {\"list\": [{\"name\": \"Family\", \"messages\": []}]}}";

        IngestBatch batch = Fixtures.ingestor().read("result.json", stream(json), Format.TELEGRAM_JSON);

        assertThat(batch.reports()).isEmpty();
        assertThat(batch.rejections()).extracting(Rejection::line).containsExactly(
                "result.json: a full Telegram account export, which holds private chats: export the one channel instead");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
