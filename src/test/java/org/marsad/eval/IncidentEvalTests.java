package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.assess.Assessment;
import org.marsad.assess.Grade;
import org.marsad.extract.EventClaim;
import org.marsad.extract.EventType;
import org.marsad.extract.PlaceMention;
import org.marsad.extract.Span;
import org.marsad.extract.Stance;
import org.marsad.extract.SubEventType;
import org.marsad.extract.TimePrecision;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.Incident;
import org.marsad.incident.IncidentId;
import org.marsad.pipeline.AssessedIncident;
import org.marsad.report.Language;
import org.marsad.report.Origin;
import org.marsad.report.Report;
import org.marsad.report.ReportId;

class IncidentEvalTests {
    private static final LocalDate DAY = LocalDate.of(2018, 11, 24);

    /** r1 (en), r2 (ar), r3 (en) are about the Shafa strike, r4 (ar) about the Sousa strike, r5 (en) about nothing. */
    private static final IncidentGold GOLD = IncidentGold.parse("gold.jsonl", List.of(
            "{\"id\": \"r1\", \"incident\": \"shafa\", \"grade\": \"FAIR\", \"text\": \"\"}",
            "{\"id\": \"r2\", \"incident\": \"shafa\", \"text\": \"\"}",
            "{\"id\": \"r3\", \"incident\": \"shafa\", \"text\": \"\"}",
            "{\"id\": \"r4\", \"incident\": \"sousa\", \"grade\": \"WEAK\", \"text\": \"\"}",
            "{\"id\": \"r5\", \"incident\": null, \"text\": \"\"}"));
    private static final List<Report> REPORTS = List.of(report("r1", Language.EN), report("r2", Language.AR),
            report("r3", Language.EN), report("r4", Language.AR), report("r5", Language.EN));

    @Test
    void aReportPutWithTheWrongIncidentCostsTheScoresComputedByHand() {
        // Predicted A = {r1 r2}, B = {r3 r4}; r5 gave no claim and sits alone.
        // B-cubed precision: r1 1, r2 1, r3 1/2, r4 1/2, r5 1 -> 4/5.
        // Recall: r1 2/3, r2 2/3, r3 1/3, r4 1, r5 1 -> 11/15.
        // Pairs: gold r1r2 r1r3 r2r3, predicted r1r2 r3r4, both r1r2 -> precision 1/2, recall 1/3.
        // Arabic-English pairs of one gold incident: r1r2 (together), r2r3 (apart) -> 1 of 2.
        IncidentEvaluation result = new IncidentEval(GOLD, REPORTS, List.of(
                incident("A", Grade.FAIR, "r1", "r2"), incident("B", Grade.WEAK, "r3", "r4"))).evaluate();

        assertThat(result.score().bcubedPrecision()).isCloseTo(0.8, within(1e-9));
        assertThat(result.score().bcubedRecall()).isCloseTo(11.0 / 15, within(1e-9));
        assertThat(result.score().pairPrecision()).isEqualTo(0.5);
        assertThat(result.score().pairRecall()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(result.crossLanguageFound()).isEqualTo(1);
        assertThat(result.crossLanguagePairs()).isEqualTo(2);
    }

    @Test
    void theMissesNameTheSplitTheMergeAndTheReportsInEach() {
        IncidentEvaluation result = new IncidentEval(GOLD, REPORTS, List.of(
                incident("A", Grade.FAIR, "r1", "r2"), incident("B", Grade.WEAK, "r3", "r4"))).evaluate();

        assertThat(result.splits()).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("shafa");
            assertThat(s.pieces()).extracting(IncidentEvaluation.Piece::incident).containsExactly("A", "B");
            assertThat(s.pieces().get(1).reports()).extracting(ReportId::value).containsExactly("r3");
            assertThat(s.pieces().get(1).label()).isEqualTo("Air/drone strike 2018-11-24 al-Shafa");
        });
        assertThat(result.merges()).singleElement().satisfies(m -> {
            assertThat(m.incident().incident()).isEqualTo("B");
            assertThat(m.byKey()).containsOnlyKeys("shafa", "sousa");
        });
    }

    @Test
    void eachGoldIncidentIsGradedOnThePredictedIncidentHoldingMostOfItsReports() {
        IncidentEvaluation result = new IncidentEval(GOLD, REPORTS, List.of(
                incident("A", Grade.FAIR, "r1", "r2"), incident("B", Grade.FAIR, "r3", "r4"))).evaluate();

        assertThat(result.gradesRight()).isEqualTo(1);
        assertThat(result.gradeAccuracy()).isEqualTo(0.5);
        assertThat(result.gradeMisses()).singleElement().satisfies(g -> {
            assertThat(g.key()).isEqualTo("sousa");
            assertThat(g.expected()).isEqualTo(Grade.WEAK);
            assertThat(g.actual()).isEqualTo(Grade.FAIR);
            assertThat(g.incident().reports()).extracting(ReportId::value).containsExactly("r4");
        });
    }

    @Test
    void aTieForTheMainIncidentGoesToTheIdThatSortsFirstAndNoIncidentAtAllIsAWrongGrade() {
        IncidentEval eval = new IncidentEval(GOLD, REPORTS, List.of(incident("B", Grade.FAIR, "r1"),
                incident("A", Grade.WEAK, "r2")));

        assertThat(eval.mainIncident("shafa")).contains("A");
        assertThat(eval.evaluate().gradeMisses()).extracting(IncidentEvaluation.GradeMiss::key, IncidentEvaluation.GradeMiss::actual)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shafa", Grade.WEAK),
                        org.assertj.core.groups.Tuple.tuple("sousa", null));
    }

    @Test
    void aReportAboutTwoIncidentsIsNoMergeWhereItSitsWithEither() {
        IncidentGold gold = IncidentGold.parse("gold.jsonl", List.of(
                "{\"id\": \"r1\", \"incident\": \"shafa\", \"grade\": \"FAIR\", \"text\": \"\"}",
                "{\"id\": \"r2\", \"incidents\": [\"shafa\", \"sousa\"], \"text\": \"\"}",
                "{\"id\": \"r4\", \"incident\": \"sousa\", \"grade\": \"WEAK\", \"text\": \"\"}"));

        IncidentEvaluation result = new IncidentEval(gold, REPORTS, List.of(incident("A", Grade.FAIR, "r1", "r2"),
                incident("B", Grade.WEAK, "r2", "r4"))).evaluate();

        assertThat(result.merges()).isEmpty();
        assertThat(result.splits()).isEmpty();
        assertThat(result.score().bcubedRecall()).isEqualTo(1.0);
    }

    @Test
    void aGoldReportMissingFromTheReportsIsACallerBug() {
        assertThatThrownBy(() -> new IncidentEval(GOLD, REPORTS.subList(0, 4), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gold report r5 is not among the reports evaluated");
    }

    private static Report report(String id, Language language) {
        return new Report(new ReportId(id), "sha-" + id, "SOHR", null, null, language, null, "text", Origin.file("gold.jsonl"));
    }

    private static AssessedIncident incident(String id, Grade grade, String... reports) {
        List<LocatedClaim> claims = new ArrayList<>();
        for (String r : reports) {
            claims.add(new LocatedClaim(new EventClaim(new ReportId(r), 0, EventType.EXPLOSIONS_REMOTE_VIOLENCE,
                    SubEventType.AIR_DRONE_STRIKE, null, null, new PlaceMention("al-Shafa", new Span(0, 8), null), DAY,
                    TimePrecision.DAY, null, null, null, null, Stance.ASSERTED, new Span(0, 8), "al-Shafa", List.of()), null));
        }
        return new AssessedIncident(new Incident(new IncidentId(id), claims),
                new Assessment(grade, List.of(grade.label() + ": " + Arrays.toString(reports)), null, null, List.of(), List.of()));
    }
}
