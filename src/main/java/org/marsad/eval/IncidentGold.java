package org.marsad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.marsad.assess.Grade;
import org.marsad.report.ReportId;

/**
 * The answers of an incident gold file: which gold incidents each report is about and the grade each
 * incident should get. The file is report JSON Lines with extra fields, described in
 * gold/incidents/README.md: {@code "incident"} (a key, or null for a report about no event) or
 * {@code "incidents"} (several keys), and {@code "grade"} on at least one report of every incident.
 *
 * @param incidents the gold incident keys of every report, in file order; empty for a report about no event
 * @param grades    the expected grade of every gold incident, by key
 */
public record IncidentGold(Map<ReportId, List<String>> incidents, Map<String, Grade> grades) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public IncidentGold {
        incidents = Collections.unmodifiableMap(new LinkedHashMap<>(incidents));
        grades = Collections.unmodifiableMap(new TreeMap<>(grades));
        for (Map.Entry<ReportId, List<String>> e : incidents.entrySet()) {
            for (String key : e.getValue()) {
                if (!grades.containsKey(key)) {
                    throw new IllegalArgumentException("report " + e.getKey() + " names incident " + key
                            + ", which has no grade");
                }
            }
        }
    }

    /** Reads the answers from the lines of a gold file; every problem, with file:line, is listed in one exception. */
    public static IncidentGold parse(String file, List<String> lines) {
        Map<ReportId, List<String>> incidents = new LinkedHashMap<>();
        Map<String, Grade> grades = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            try {
                read(JSON.readTree(lines.get(i)), incidents, grades).forEach(p -> problems.add(where + p));
            } catch (JsonProcessingException e) {
                problems.add(where + "invalid JSON: " + e.getOriginalMessage());
            }
        }
        Set<String> named = new TreeSet<>();
        incidents.values().forEach(named::addAll);
        for (String key : named) {
            if (!grades.containsKey(key)) {
                problems.add(file + ": incident " + key + " has no \"grade\" on any of its reports");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the gold file has problems:\n  " + String.join("\n  ", problems));
        }
        return new IncidentGold(incidents, grades);
    }

    private static List<String> read(JsonNode line, Map<ReportId, List<String>> incidents, Map<String, Grade> grades) {
        List<String> problems = new ArrayList<>();
        JsonNode id = line.get("id");
        if (id == null || !(id.isTextual() || id.isIntegralNumber()) || id.asText().isBlank()) {
            return List.of("every gold report needs an \"id\" (a string or a whole number)");
        }
        ReportId report = new ReportId(id.asText());
        List<String> keys = keys(line, problems);
        if (incidents.put(report, keys) != null) {
            problems.add("report id " + report + " appears twice");
        }
        JsonNode grade = line.get("grade");
        if (grade != null && !grade.isNull()) {
            gradeOf(grade.asText()).ifPresentOrElse(g -> {
                for (String key : keys) {
                    Grade earlier = grades.putIfAbsent(key, g);
                    if (earlier != null && earlier != g) {
                        problems.add("incident " + key + " is graded " + g + " here but " + earlier + " before");
                    }
                }
            }, () -> problems.add("unknown grade '" + grade.asText() + "', expected one of " + List.of(Grade.values())));
            if (keys.isEmpty()) {
                problems.add("a report about no event cannot carry a grade");
            }
        }
        return problems;
    }

    private static List<String> keys(JsonNode line, List<String> problems) {
        JsonNode one = line.get("incident");
        JsonNode many = line.get("incidents");
        if ((one == null) == (many == null)) {
            problems.add("give exactly one of \"incident\" (a key, or null) and \"incidents\" (a list of keys)");
            return List.of();
        }
        if (one != null) {
            if (one.isNull()) {
                return List.of();
            }
            return one.isTextual() && !one.asText().isBlank() ? List.of(one.asText()) : bad(problems, one);
        }
        List<String> keys = new ArrayList<>();
        if (!many.isArray() || many.size() < 2) {
            return bad(problems, many);
        }
        for (JsonNode k : many) {
            if (!k.isTextual() || k.asText().isBlank() || keys.contains(k.asText())) {
                return bad(problems, many);
            }
            keys.add(k.asText());
        }
        return keys;
    }

    private static List<String> bad(List<String> problems, JsonNode value) {
        problems.add("incident keys must be non-blank strings, \"incidents\" two or more distinct ones: " + value);
        return List.of();
    }

    private static Optional<Grade> gradeOf(String text) {
        try {
            return Optional.of(Grade.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The reports of a gold incident, in file order. */
    public List<ReportId> reportsOf(String key) {
        return incidents.entrySet().stream().filter(e -> e.getValue().contains(key)).map(Map.Entry::getKey).toList();
    }
}
