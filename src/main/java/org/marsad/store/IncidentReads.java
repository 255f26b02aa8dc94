package org.marsad.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.marsad.assess.Assessment;
import org.marsad.assess.Grade;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.Incident;
import org.marsad.incident.IncidentId;
import org.marsad.report.Report;
import org.marsad.report.ReportId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The queries behind the incident list, the incident page and the audit log. */
final class IncidentReads {
    private final JdbcClient jdbc;

    IncidentReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<IncidentSummary> find(IncidentFilter f, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + limit);
        }
        StringBuilder sql = new StringBuilder("select * from incidents i where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.from() != null) {
            sql.append(" and i.event_date >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" and i.event_date <= ?");
            params.add(f.to());
        }
        if (f.eventType() != null) {
            sql.append(" and i.event_type = ?");
            params.add(f.eventType().name());
        }
        if (f.actor() != null) {
            sql.append(" and exists (select 1 from incident_claims m join claims c on c.report_id = m.report_id "
                    + "and c.claim_index = m.claim_index where m.incident_id = i.id and (c.actor1 = ? or c.actor2 = ?))");
            String actor = f.actor().toLowerCase(Locale.ROOT);
            params.add(actor);
            params.add(actor);
        }
        if (f.place() != null) {
            sql.append(" and (lower(i.place_name) like ? or i.place_name_ar like ?)");
            params.add(like(f.place()));
            params.add(like(f.place()));
        }
        if (f.text() != null) {
            sql.append(" and exists (select 1 from incident_claims m join reports r on r.id = m.report_id "
                    + "where m.incident_id = i.id and (lower(r.title) like ? or lower(r.body) like ?))");
            params.add(like(f.text()));
            params.add(like(f.text()));
        }
        sql.append(" order by i.event_date desc nulls last, i.id limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> IncidentRows.summary(rs)).list();
    }

    private static String like(String s) {
        String escaped = s.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    Optional<IncidentRecord> record(IncidentId id, Function<IncidentId, Optional<Incident>> incidents,
                                    Function<Collection<ReportId>, List<Report>> reports) {
        Optional<Row> row = jdbc.sql("select assessment, reviewed_grade, review_note from incidents where id = ?")
                .param(id.value())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Optional<Incident> incident = incidents.apply(id);
        if (incident.isEmpty()) {
            return Optional.empty();
        }
        List<ReportId> reportIds = incident.get().claims().stream().map(LocatedClaim::claim)
                .map(c -> c.report()).distinct().toList();
        return Optional.of(new IncidentRecord(incident.get(), row.get().assessment(), reports.apply(reportIds),
                audit(id.value(), 50)));
    }

    List<AuditEntry> audit(String subject, int limit) {
        String where = subject == null ? "" : " where subject = ?";
        List<Object> params = new ArrayList<>();
        if (subject != null) {
            params.add(subject);
        }
        params.add(limit);
        return jdbc.sql("select at, username, action, subject, description from audit_log" + where
                        + " order by id desc limit ?")
                .params(params)
                .query((rs, n) -> new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    /** An incident row's assessment, with a reviewer's grade, when there is one, taking precedence. */
    private record Row(String json, String reviewedGrade, String reviewNote) {
        Assessment assessment() {
            Assessment computed = Json.read(json, Assessment.class);
            if (reviewedGrade == null) {
                return computed;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add("Reviewed: " + Grade.valueOf(reviewedGrade).label() + " (" + reviewNote + ")");
            reasons.add("Computed grade was " + computed.grade().label() + ":");
            reasons.addAll(computed.reasons());
            return new Assessment(Grade.valueOf(reviewedGrade), reasons, computed.fatalities(),
                    computed.civilianFatalities(), computed.sources(), computed.conflicts());
        }
    }
}
