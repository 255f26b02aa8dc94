package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.marsad.report.Origin;

/**
 * Reads a Telegram Desktop export ({@code result.json} of one channel or chat): each message with
 * text is one report, its raw bytes the message object re-serialized, its origin
 * {@code file:n} for the n-th message (1-based), its id {@code telegram:<channel id>:<message id>}.
 * Service messages and messages without text (a photo without caption) are not reports and are
 * skipped; a malformed message is rejected and the others still read.
 */
final class TelegramExportReader implements WholeFileReader {
    private final ObjectMapper json;

    TelegramExportReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void read(Origin file, byte[] bytes, String text, Intake intake) {
        JsonNode export;
        try {
            export = json.readTree(text);
        } catch (JsonProcessingException e) {
            intake.reject(file.toString(), "invalid JSON: " + JsonErrors.describe(e));
            return;
        }
        if (export != null && export.has("chats") && export.has("personal_information")) {
            intake.reject(file.toString(), "a full Telegram account export, which holds private chats: export the one channel instead");
            return;
        }
        JsonNode messages = export == null ? null : export.get("messages");
        if (messages == null || !messages.isArray()) {
            intake.reject(file.toString(), "not a Telegram Desktop export: no \"messages\" array");
            return;
        }
        String channel = export.path("name").isTextual() ? export.get("name").asText() : null;
        String channelId = export.path("id").isIntegralNumber() ? export.get("id").asText() : null;
        for (int i = 0; i < messages.size(); i++) {
            Origin where = new Origin(file.location(), i + 1);
            try {
                readMessage(where, messages.get(i), channel, channelId, intake);
            } catch (InputRefused refused) {
                intake.reject(where, refused);
            }
        }
    }

    private void readMessage(Origin where, JsonNode message, String channel, String channelId, Intake intake) {
        if (!message.isObject()) {
            throw new InputRefused("malformed message: not a JSON object", message.toString());
        }
        if (message.has("type") && !"message".equals(message.get("type").asText())) {
            return;
        }
        JsonNode id = message.get("id");
        if (id == null || !id.isIntegralNumber()) {
            throw new InputRefused("malformed message: no numeric \"id\"", String.valueOf(id));
        }
        String text = TelegramText.of(message.has("text") ? message.get("text") : message.get("text_entities"));
        if (TextCleaner.clean(text).isEmpty()) {
            return;
        }
        byte[] bytes = message.toString().getBytes(StandardCharsets.UTF_8);
        if (intake.fits(where, bytes.length)) {
            String reportId = channelId == null ? null : "telegram:" + channelId + ":" + id.asText();
            intake.accept(intake.raw(where, Format.TELEGRAM_JSON, bytes),
                    new ReportFields(reportId, null, channel, date(message), null, null, text, null));
        }
    }

    /** The message time: {@code date_unixtime} is UTC; {@code date} is the exporting machine's local time, taken as UTC. */
    private static Instant date(JsonNode message) {
        JsonNode unix = message.get("date_unixtime");
        if (unix != null && (unix.isIntegralNumber() || unix.asText().matches("\\d{1,12}"))) {
            return Instant.ofEpochSecond(unix.asLong());
        }
        JsonNode date = message.get("date");
        if (date == null || date.isNull()) {
            return null;
        }
        if (!date.isTextual()) {
            throw new InputRefused("malformed message: \"date\" must be a string", date.toString());
        }
        return PublishedTime.parse(date.asText());
    }
}
