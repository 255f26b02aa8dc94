package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.assess.Grade;
import org.marsad.report.ReportId;

class IncidentGoldTests {
    @Test
    void readsTheIncidentsOfEachReportAndTheGradeGivenOnAnyOfThem() {
        IncidentGold gold = IncidentGold.parse("gold.jsonl", List.of(
                "{\"id\": \"a\", \"incident\": \"shafa-strike\", \"grade\": \"fair\", \"text\": \"...\"}",
                "",
                "{\"id\": 7, \"incident\": \"shafa-strike\", \"text\": \"...\"}",
                "{\"id\": \"c\", \"incident\": null, \"text\": \"Opinion: ...\"}",
                "{\"id\": \"d\", \"incidents\": [\"shafa-strike\", \"sousa-strike\"], \"text\": \"...\"}",
                "{\"id\": \"e\", \"incident\": \"sousa-strike\", \"grade\": \"CONTESTED\", \"text\": \"...\"}"));

        assertThat(gold.incidents()).containsEntry(new ReportId("7"), List.of("shafa-strike"))
                .containsEntry(new ReportId("c"), List.of())
                .containsEntry(new ReportId("d"), List.of("shafa-strike", "sousa-strike"));
        assertThat(gold.grades()).containsEntry("shafa-strike", Grade.FAIR).containsEntry("sousa-strike", Grade.CONTESTED);
        assertThat(gold.reportsOf("shafa-strike")).extracting(ReportId::value).containsExactly("a", "7", "d");
    }

    @Test
    void everyProblemIsListedWithItsLineAndNothingIsRead() {
        List<String> lines = List.of(
                "{\"incident\": \"x\", \"grade\": \"weak\", \"text\": \"no id\"}",
                "{\"id\": \"b\", \"text\": \"no incident field\"}",
                "{\"id\": \"c\", \"incident\": \"x\", \"incidents\": [\"x\", \"y\"], \"text\": \"both\"}",
                "{\"id\": \"d\", \"incident\": \"x\", \"grade\": \"sure\", \"text\": \"bad grade\"}",
                "{\"id\": \"e\", \"incident\": \"x\", \"grade\": \"weak\", \"text\": \"...\"}",
                "{\"id\": \"f\", \"incident\": \"x\", \"grade\": \"fair\", \"text\": \"disagrees\"}",
                "{\"id\": \"e\", \"incident\": null, \"grade\": \"weak\", \"text\": \"twice, graded, about nothing\"}",
                "{\"id\": \"g\", \"incident\": \"ungraded\", \"text\": \"...\"}",
                "{\"id\": \"h\", \"incidents\": [\"x\"], \"text\": \"one is not several\"}",
                "{not json");

        assertThatThrownBy(() -> IncidentGold.parse("gold.jsonl", lines))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the gold file has problems:\n"
                        + "  gold.jsonl:1: every gold report needs an \"id\" (a string or a whole number)\n"
                        + "  gold.jsonl:2: give exactly one of \"incident\" (a key, or null) and \"incidents\" (a list of keys)\n"
                        + "  gold.jsonl:3: give exactly one of \"incident\" (a key, or null) and \"incidents\" (a list of keys)\n"
                        + "  gold.jsonl:4: unknown grade 'sure', expected one of [CONFIRMED, FAIR, WEAK, CONTESTED, DISCOUNTED]\n"
                        + "  gold.jsonl:6: incident x is graded FAIR here but WEAK before\n"
                        + "  gold.jsonl:7: report id e appears twice\n"
                        + "  gold.jsonl:7: a report about no event cannot carry a grade\n"
                        + "  gold.jsonl:9: incident keys must be non-blank strings, \"incidents\" two or more distinct ones: [\"x\"]\n"
                        + "  gold.jsonl:10: invalid JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name\n"
                        + "  gold.jsonl: incident ungraded has no \"grade\" on any of its reports");
    }

    @Test
    void theBundledGoldFilesAreWellFormedAndBigEnough() throws java.io.IOException {
        for (String split : List.of("dev", "test")) {
            java.nio.file.Path file = java.nio.file.Path.of("gold/incidents/" + split + ".jsonl");
            IncidentGold gold = IncidentGold.parse(file.toString(), java.nio.file.Files.readAllLines(file));

            assertThat(gold.grades()).hasSizeGreaterThanOrEqualTo(split.equals("dev") ? 50 : 20);
            assertThat(gold.incidents()).hasSizeGreaterThanOrEqualTo(split.equals("dev") ? 150 : 60);
        }
    }
}
