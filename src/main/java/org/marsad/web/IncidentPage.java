package org.marsad.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.marsad.assess.Assessment;
import org.marsad.assess.SourceCredit;
import org.marsad.extract.ActorId;
import org.marsad.extract.EventClaim;
import org.marsad.geo.LocatedClaim;
import org.marsad.geo.Location;
import org.marsad.report.Report;
import org.marsad.report.ReportId;
import org.marsad.store.AuditEntry;
import org.marsad.store.IncidentRecord;

/**
 * Everything the incident page shows, derived from the stored record: the lead claim and place,
 * the assessment, one row per credited source, one card per report, and the review history.
 *
 * @param record  the stored incident with its assessment and reports
 * @param lead    the claim that speaks for the incident
 * @param place   where it happened; null when no claim's place was resolved
 * @param actors  the actor ids any claim names, in order of first mention
 * @param sources the assessor's credits, each with the report and claim it stands for
 * @param cards   one card per report, oldest first
 */
record IncidentPage(IncidentRecord record, EventClaim lead, Location place, List<String> actors,
                    List<SourceRow> sources, List<ReportCard> cards) {
    IncidentPage {
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
        cards = List.copyOf(cards);
    }

    static IncidentPage of(IncidentRecord record) {
        Map<ReportId, Report> reports = new LinkedHashMap<>();
        record.reports().forEach(r -> reports.put(r.id(), r));
        List<LocatedClaim> ordered = chronological(record.incident().claims(), reports);
        List<String> actors = ordered.stream().map(LocatedClaim::claim)
                .flatMap(c -> Stream.of(c.actor1(), c.actor2())).filter(Objects::nonNull).map(ActorId::value)
                .distinct().toList();
        return new IncidentPage(record, record.incident().lead(), record.incident().place().orElse(null), actors,
                sources(record.assessment(), ordered, reports), cards(ordered, reports));
    }

    public String id() {
        return record.incident().id().value();
    }

    public Assessment assessment() {
        return record.assessment();
    }

    public List<AuditEntry> history() {
        return record.history();
    }

    /** The claims in the order the assessor credits them: by publication, then report id, then claim index. */
    private static List<LocatedClaim> chronological(List<LocatedClaim> claims, Map<ReportId, Report> reports) {
        Comparator<LocatedClaim> order = Comparator
                .comparing((LocatedClaim c) -> published(reports.get(c.claim().report())))
                .thenComparing(c -> c.claim().report().value())
                .thenComparingInt(c -> c.claim().index());
        return claims.stream().sorted(order).toList();
    }

    private static String published(Report report) {
        return report == null || report.published() == null ? "~" : report.published().toString();
    }

    /** Pairs each credit with the claim and report it credits (by outlet for assessments stored without them). */
    private static List<SourceRow> sources(Assessment assessment, List<LocatedClaim> ordered,
                                           Map<ReportId, Report> reports) {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceCredit credit : assessment.sources()) {
            EventClaim claim = ordered.stream().map(LocatedClaim::claim)
                    .filter(c -> c.report().value().equals(credit.report()) && Integer.valueOf(c.index()).equals(credit.claim()))
                    .findFirst().orElse(null);
            Report report = claim != null ? reports.get(claim.report()) : reports.values().stream()
                    .filter(r -> credit.source().equals(r.source())).findFirst().orElse(null);
            rows.add(new SourceRow(credit, report, claim));
        }
        return rows;
    }

    private static List<ReportCard> cards(List<LocatedClaim> ordered, Map<ReportId, Report> reports) {
        Map<ReportId, List<ClaimView>> byReport = new LinkedHashMap<>();
        for (LocatedClaim located : ordered) {
            Report report = reports.get(located.claim().report());
            if (report != null) {
                byReport.computeIfAbsent(report.id(), id -> new ArrayList<>())
                        .add(ClaimView.of(located.claim(), located.location(), report));
            }
        }
        List<ReportCard> cards = new ArrayList<>();
        byReport.forEach((id, claims) -> cards.add(new ReportCard(reports.get(id), claims)));
        return cards;
    }
}
