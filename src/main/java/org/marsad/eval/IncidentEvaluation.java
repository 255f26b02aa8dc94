package org.marsad.eval;

import java.util.List;
import java.util.Map;
import org.marsad.assess.Grade;
import org.marsad.report.ReportId;

/**
 * The result of scoring predicted incidents against an incident gold file: the figures, and the misses
 * a developer can act on.
 *
 * @param score              B-cubed and pairwise scores over the gold file's reports
 * @param crossLanguagePairs Arabic–English report pairs that share a gold incident
 * @param crossLanguageFound those of them that share a predicted incident
 * @param gradesRight        gold incidents whose main predicted incident has the expected grade
 * @param splits             gold incidents whose reports are spread over several predicted incidents or none
 * @param merges             predicted incidents holding reports of several gold incidents, or of no event
 * @param gradeMisses        gold incidents whose main predicted incident has another grade, or that have none
 */
public record IncidentEvaluation(ClusterScore score, int crossLanguagePairs, int crossLanguageFound, int gradesRight,
                                 int gradesTotal, List<Split> splits, List<Merge> merges, List<GradeMiss> gradeMisses) {
    public IncidentEvaluation {
        if (score == null || crossLanguageFound > crossLanguagePairs || gradesRight > gradesTotal) {
            throw new IllegalArgumentException("inconsistent evaluation: " + crossLanguageFound + " of "
                    + crossLanguagePairs + " pairs, " + gradesRight + " of " + gradesTotal + " grades, score " + score);
        }
        splits = List.copyOf(splits);
        merges = List.copyOf(merges);
        gradeMisses = List.copyOf(gradeMisses);
    }

    public double crossLanguageRecall() {
        return crossLanguagePairs == 0 ? 1 : (double) crossLanguageFound / crossLanguagePairs;
    }

    public double gradeAccuracy() {
        return gradesTotal == 0 ? 1 : (double) gradesRight / gradesTotal;
    }

    /**
     * A predicted incident, or none, with some reports in it.
     *
     * @param incident the predicted incident id; null for "in no incident"
     * @param label    sub-event type, date and place of the incident's lead claim, or "no incident"
     */
    public record Piece(String incident, String label, List<ReportId> reports) {
        public Piece {
            reports = List.copyOf(reports);
        }
    }

    /** A gold incident whose reports ended up in more than one piece. */
    public record Split(String key, List<Piece> pieces) {
        public Split {
            pieces = List.copyOf(pieces);
        }
    }

    /** A predicted incident and its reports by gold incident key ({@link IncidentEval#NO_EVENT} for none). */
    public record Merge(Piece incident, Map<String, List<ReportId>> byKey) {
        public Merge {
            byKey = Map.copyOf(byKey);
        }
    }

    /** A gold incident whose main predicted incident (null when none) is graded otherwise, with the reason given. */
    public record GradeMiss(String key, Grade expected, Piece incident, Grade actual, String why) {
    }
}
