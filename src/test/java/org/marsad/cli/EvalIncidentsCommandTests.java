package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalIncidentsCommandTests {
    private static final List<String> GOLD = List.of(
            "{\"id\": \"sohr-1\", \"source\": \"SOHR\", \"published\": \"2018-12-17T08:00:00Z\", \"language\": \"en\", "
                    + "\"incident\": \"shafa-strike\", \"grade\": \"FAIR\", \"text\": \"A US-led coalition air strike killed "
                    + "12 civilians in the village of al-Shafa in the eastern Deir ez-Zor countryside on Sunday.\"}",
            "{\"id\": \"d24-1\", \"source\": \"Deir Ezzor 24\", \"published\": \"2018-12-17T09:00:00Z\", \"language\": \"ar\", "
                    + "\"incident\": \"shafa-strike\", \"text\": \"قتل 17 مدنياً بينهم أطفال في غارة جوية لطيران التحالف "
                    + "الدولي على بلدة الشعفة بريف دير الزور الشرقي يوم الأحد.\"}",
            "{\"id\": \"sohr-2\", \"source\": \"SOHR\", \"published\": \"2018-12-21T08:00:00Z\", \"language\": \"en\", "
                    + "\"incident\": \"sousa-strike\", \"grade\": \"FAIR\", \"text\": \"Coalition aircraft carried out an air "
                    + "strike on al-Sousa on Thursday, killing 4 civilians.\"}",
            "{\"id\": \"op-1\", \"source\": \"Syria Direct\", \"language\": \"en\", \"incident\": null, "
                    + "\"text\": \"Opinion: the coalition should publish its own civilian casualty figures.\"}");

    @TempDir
    Path dir;

    @Test
    void scoresTheGoldReportsAndListsTheWrongGrade() throws IOException {
        Path gold = Files.write(dir.resolve("gold.jsonl"), GOLD);

        CommandRun run = CommandRun.of("eval", "incidents", gold.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("gold.jsonl: 4 reports (1 about no event), 2 gold incidents; 2 predicted incidents")
                .contains("B-cubed (reports)    P 1.000  R 1.000  F1 1.000")
                .contains("cross-language       recall 1.000  (1 of 1 ar-en pairs together)")
                .contains("grade accuracy       0.500  (1 of 2 gold incidents)")
                .contains("misses: 0 split, 0 merged, 1 wrong grade")
                .contains("  grade  sousa-strike expected FAIR, got WEAK in SYR-20181220-");
    }

    @Test
    void reportsAboutAnEventThatEndedInNoIncidentAreListedWithWhatTheirClaimsLacked() throws IOException {
        Path gold = Files.write(dir.resolve("gold.jsonl"), List.of(GOLD.get(2),
                "{\"id\": \"no-place\", \"source\": \"AFP\", \"published\": \"2018-12-21T09:00:00Z\", "
                        + "\"incident\": \"sousa-strike\", \"text\": \"Coalition aircraft carried out an air strike on "
                        + "Thursday, killing 4 civilians.\"}",
                "{\"id\": \"no-claim\", \"source\": \"Enab Baladi\", \"published\": \"2018-12-21T10:00:00Z\", "
                        + "\"incident\": \"sousa-strike\", \"text\": \"Residents of al-Sousa mourned their relatives on "
                        + "Thursday.\"}"));

        CommandRun run = CommandRun.of("eval", "incidents", gold.toString());

        assertThat(run.out()).contains("reports about an event in no incident: 2\n"
                + "  alone  no-place (AFP, en): claim 0 lacks a place\n"
                + "  alone  no-claim (Enab Baladi, en): no claim extracted\n");
    }

    @Test
    void aGoldFileWithProblemsIsNotScoredAndEachProblemIsNamedWithItsLine() throws IOException {
        Path gold = Files.write(dir.resolve("gold.jsonl"), List.of(GOLD.get(0),
                "{\"id\": \"x\", \"source\": \"SOHR\", \"text\": \"Coalition strike on Hajin.\"}"));

        CommandRun run = CommandRun.of("eval", "incidents", gold.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_REJECTED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("gold.jsonl:2: give exactly one of \"incident\" (a key, or null) and \"incidents\"");
    }
}
