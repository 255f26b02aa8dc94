package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.marsad.report.Origin;

/**
 * Reads report JSON Lines as a stream, one report per line:
 * {@code {"id", "url", "source", "published", "language", "title", "text" | "html"}}, only
 * {@code text} or {@code html} required, unknown fields ignored, blank lines skipped. A file of
 * any size is read, one line of at most {@code maxReportBytes} at a time; each bad line is
 * rejected as {@code file:line} and the lines after it still read.
 */
final class JsonLinesReader {
    private static final String[] OPTIONAL_STRINGS = {"url", "source", "language", "title"};

    private final ObjectMapper json;

    JsonLinesReader(ObjectMapper json) {
        this.json = json;
    }

    void read(String location, InputStream in, Intake intake) throws IOException {
        int limit = intake.settings().maxReportBytes();
        LineSource lines = new LineSource(in, limit);
        for (LineSource.Line line = lines.next(); line != null; line = lines.next()) {
            Origin where = new Origin(location, line.number());
            if (line.tooLong()) {
                intake.reject(where.toString(), "line too long: " + line.length() + " bytes, limit " + limit);
                continue;
            }
            byte[] bytes = line.number() == 1 && TextBytes.hasBom(line.bytes())
                    ? Arrays.copyOfRange(line.bytes(), 3, line.bytes().length) : line.bytes();
            try {
                readLine(where, bytes, intake);
            } catch (InputRefused refused) {
                intake.reject(where, refused);
            }
        }
    }

    private void readLine(Origin where, byte[] bytes, Intake intake) {
        String text = TextBytes.decode(bytes);
        if (text.isBlank()) {
            return;
        }
        JsonNode object;
        try {
            object = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputRefused("invalid JSON: " + JsonErrors.describe(e), text);
        }
        if (!object.isObject()) {
            throw new InputRefused("not a JSON object", text);
        }
        intake.accept(intake.raw(where, Format.JSON_LINES, bytes), fields(object));
    }

    private static ReportFields fields(JsonNode object) {
        for (String name : OPTIONAL_STRINGS) {
            string(object, name);
        }
        String text = string(object, "text");
        String html = string(object, "html");
        if (isBlank(text) && isBlank(html)) {
            throw new InputRefused("neither \"text\" nor \"html\" given");
        }
        String published = string(object, "published");
        return new ReportFields(id(object), string(object, "url"), string(object, "source"),
                isBlank(published) ? null : PublishedTime.parse(published), string(object, "language"),
                string(object, "title"), isBlank(text) ? null : text, isBlank(text) ? html : null);
    }

    /** The id: a string, or a whole number as sources sometimes give it. */
    private static String id(JsonNode object) {
        JsonNode id = object.get("id");
        if (id == null || id.isNull()) {
            return null;
        }
        if (id.isTextual() || id.isIntegralNumber()) {
            return id.asText();
        }
        throw new InputRefused("field \"id\" must be a string or a whole number", id.toString());
    }

    private static String string(JsonNode object, String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InputRefused("field \"" + name + "\" must be a string", value.toString());
        }
        return value.asText();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
