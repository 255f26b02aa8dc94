package org.marsad.export;

import org.marsad.assess.Assessment;
import org.marsad.assess.Estimate;
import org.marsad.extract.EventClaim;
import org.marsad.store.IncidentRecord;

/** The notes column: what happened in the lead report's words, then the grade and the range of tolls. */
final class Notes {
    private static final int EVIDENCE_LIMIT = 400;

    private Notes() {
    }

    static String of(IncidentRecord record, EventClaim lead) {
        Assessment a = record.assessment();
        String evidence = lead.evidence().strip().replaceAll("\\s+", " ");
        if (evidence.length() > EVIDENCE_LIMIT) {
            evidence = evidence.substring(0, EVIDENCE_LIMIT - 3) + "...";
        }
        StringBuilder notes = new StringBuilder(evidence);
        notes.append(" [").append(a.grade().label()).append("; ").append(record.reports().size()).append(" report(s), ")
                .append(a.independentSources()).append(" independent source(s)");
        if (a.fatalities() != null) {
            notes.append("; fatalities ").append(range(a.fatalities()));
        }
        if (a.civilianFatalities() != null) {
            notes.append("; civilians ").append(range(a.civilianFatalities()));
        }
        return notes.append("]").toString();
    }

    private static String range(Estimate e) {
        return e.low() == e.high() ? String.valueOf(e.low()) : e.low() + "-" + e.high() + " (best " + e.best() + ")";
    }
}
