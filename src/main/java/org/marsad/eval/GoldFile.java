package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.marsad.extract.Figure;
import org.marsad.report.Language;
import org.marsad.report.Origin;
import org.marsad.report.Report;
import org.marsad.report.ReportId;

/**
 * Reads a gold file of JSON lines {@code {"report":{id, language, published, source, title, text},
 * "expected":{kind, claims:[…]}}} (format in gold/extraction/README.md). A file with bad lines fails
 * with every bad line listed as "file:line: reason".
 */
public final class GoldFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldFile() {
    }

    public static List<GoldReport> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<GoldReport> reports = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                reports.add(parse(MAPPER.readTree(lines.get(i)), file.toString(), i + 1));
            } catch (IOException | IllegalArgumentException | NullPointerException | DateTimeParseException e) {
                problems.add(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad gold file, " + problems.size() + " bad line(s):\n  "
                    + String.join("\n  ", problems));
        }
        return reports;
    }

    static GoldReport parse(JsonNode line, String file, int number) {
        JsonNode r = required(line, "report");
        String text = required(r, "text").asText();
        Report report = new Report(new ReportId(required(r, "id").asText()), sha256(text), string(r, "source"), null,
                r.hasNonNull("published") ? Instant.parse(r.get("published").asText()) : null,
                Language.ofCode(string(r, "language")), string(r, "title"), text, new Origin(file, number));
        JsonNode expected = required(line, "expected");
        List<ClaimFields> claims = new ArrayList<>();
        for (JsonNode c : required(expected, "claims")) {
            claims.add(claim(c));
        }
        return new GoldReport(report, required(expected, "kind").asText(), claims, number);
    }

    private static ClaimFields claim(JsonNode c) {
        JsonNode location = c.get("location");
        return new ClaimFields(string(c, "eventType"), string(c, "subEventType"), string(c, "actor1"),
                string(c, "actor2"), location == null || location.isNull() ? null : string(location, "name"),
                string(c, "date"), figure(c.get("fatalities")), figure(c.get("civilianFatalities")),
                figure(c.get("injured")), string(c, "attributedTo"), required(c, "stance").asText());
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return v;
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Figure figure(JsonNode f) {
        return f == null || f.isNull() ? null : new Figure(required(f, "low").asInt(), required(f, "high").asInt());
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
