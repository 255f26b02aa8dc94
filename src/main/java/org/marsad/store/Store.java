package org.marsad.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.marsad.assess.Assessment;
import org.marsad.assess.Grade;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.ClaimKey;
import org.marsad.incident.Constraint;
import org.marsad.incident.Incident;
import org.marsad.incident.IncidentArchive;
import org.marsad.incident.IncidentId;
import org.marsad.report.Language;
import org.marsad.report.Origin;
import org.marsad.report.RawReport;
import org.marsad.report.Rejection;
import org.marsad.report.Report;
import org.marsad.report.ReportId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The system of record: raw reports, reports, claims, incidents, rejections, users and the audit
 * log, in H2 (embedded, the default) or PostgreSQL. Migrates the schema when opened.
 */
public final class Store implements IncidentQueries, AutoCloseable {
    private final HikariDataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final IncidentReads reads;
    private final Accounts accounts;
    private final RunLog runs;

    private Store(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.reads = new IncidentReads(jdbc);
        this.accounts = new Accounts(jdbc, tx);
        this.runs = new RunLog(jdbc);
    }

    /** Opens (creating and migrating when needed) the database the settings name. */
    public static Store open(StoreSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(4);
        config.setPoolName("marsad-store");
        HikariDataSource ds = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                    .javaMigrations(new V3__FileStoredMembers()).load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Store(ds);
    }

    /** The user accounts kept in this store. */
    public UserStore accounts() {
        return accounts;
    }

    /** The ingest runs and their rejections. */
    public RunLog runs() {
        return runs;
    }

    // ---- write side ----

    /** Stores the raw bytes; false (and nothing stored) when the same bytes are there already. */
    public boolean saveRawReport(RawReport raw) {
        boolean known = jdbc.sql("select count(*) from raw_reports where sha256 = ?").param(raw.sha256())
                .query(Long.class).single() > 0;
        if (known) {
            return false;
        }
        jdbc.sql(INSERT_RAW).params(rawValues(raw)).update();
        return true;
    }

    private static final String INSERT_RAW =
            "insert into raw_reports (sha256, media_type, bytes, origin, origin_line, retrieved_at) values (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_REPORT =
            "insert into reports (id, raw_sha256, source, url, published, language, title, body, origin, origin_line) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static Object[] rawValues(RawReport raw) {
        return new Object[] {raw.sha256(), raw.mediaType(), raw.bytes(), raw.origin().location(), raw.origin().line(),
            Timestamp.from(raw.retrievedAt())};
    }

    private static Object[] reportValues(Report r) {
        return new Object[] {r.id().value(), r.rawSha256(), r.source(), r.url(),
            r.published() == null ? null : Timestamp.from(r.published()), r.language().code(), r.title(), r.text(),
            r.origin().location(), r.origin().line()};
    }

    /** Stores a parsed report, replacing an earlier one with the same id. */
    public void saveReport(Report r) {
        tx.executeWithoutResult(status -> {
            deleteClaimsOf(r.id());
            jdbc.sql("delete from reports where id = ?").param(r.id().value()).update();
            jdbc.sql(INSERT_REPORT).params(reportValues(r)).update();
        });
    }

    /** Replaces the claims of one report. */
    public void saveClaims(ReportId report, List<LocatedClaim> claims) {
        tx.executeWithoutResult(status -> {
            deleteClaimsOf(report);
            claims.forEach(c -> ClaimRows.insert(jdbc, c));
        });
    }

    private void deleteClaimsOf(ReportId report) {
        jdbc.sql("delete from incident_claims where report_id = ?").param(report.value()).update();
        jdbc.sql("delete from claims where report_id = ?").param(report.value()).update();
    }

    /** Inserts or updates an incident's summary row and replaces its membership. */
    public void saveIncident(Incident incident, Assessment assessment) {
        tx.executeWithoutResult(status -> {
            IncidentRows.upsert(jdbc, incident, assessment, Instant.now());
            jdbc.sql("delete from incident_claims where incident_id = ?").param(incident.id().value()).update();
            int position = 0;
            for (LocatedClaim c : incident.claims()) {
                jdbc.sql("delete from incident_claims where report_id = ? and claim_index = ?")
                        .params(c.claim().report().value(), c.claim().index()).update();
                jdbc.sql(MemberRows.INSERT).params(MemberRows.values(incident.id(), c, position++)).update();
            }
        });
    }

    /** Writes a batch in one transaction with batched statements; nothing in it may be stored already. */
    public void saveBatch(Batch batch) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        tx.executeWithoutResult(status -> {
            template.batchUpdate(INSERT_RAW, batch.raws().stream().map(Store::rawValues).toList());
            template.batchUpdate(INSERT_REPORT, batch.reports().stream().map(Store::reportValues).toList());
            template.batchUpdate(ClaimRows.INSERT, batch.claims().stream().map(c -> ClaimRows.values(c).toArray()).toList());
            Instant now = Instant.now();
            List<Object[]> members = new ArrayList<>();
            List<Object[]> incidents = new ArrayList<>();
            batch.incidents().forEach((incident, assessment) -> {
                incidents.add(IncidentRows.values(incident, assessment, now).toArray());
                int position = 0;
                for (LocatedClaim c : incident.claims()) {
                    members.add(MemberRows.values(incident.id(), c, position++));
                }
            });
            template.batchUpdate(IncidentRows.INSERT, incidents);
            template.batchUpdate(MemberRows.INSERT, members);
        });
    }

    public void deleteIncident(IncidentId id) {
        jdbc.sql("delete from incidents where id = ?").param(id.value()).update();
    }

    public void audit(AuditEntry e) {
        jdbc.sql("insert into audit_log (at, username, action, subject, description) values (?, ?, ?, ?, ?)")
                .params(Timestamp.from(e.at()), e.username(), e.action(), shorten(e.subject(), 2000),
                        shorten(e.description(), 4000))
                .update();
    }

    // ---- read side for the pipeline ----

    /** The stored incidents as a clustering index sees them: found by reach, loaded one by one. */
    public IncidentArchive incidentArchive() {
        return new StoredIncidents(jdbc, this::loadIncidents);
    }

    /** The stored incidents with these ids, each with its claims in membership order, read at once. */
    public List<Incident> loadIncidents(Collection<IncidentId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return incidents("where m.incident_id in (:ids) ", Map.of("ids", ids.stream().map(IncidentId::value).toList()));
    }

    /** Every stored incident with its claims (the store tests read it back whole). */
    public List<Incident> loadIncidents() {
        return incidents("", Map.of());
    }

    /** One stored incident with its claims, in membership order. */
    public Optional<Incident> loadIncident(IncidentId id) {
        return loadIncidents(List.of(id)).stream().findFirst();
    }

    private List<Incident> incidents(String where, Map<String, ?> params) {
        Map<String, List<LocatedClaim>> members = new LinkedHashMap<>();
        jdbc.sql("select m.incident_id, c.* from incident_claims m join claims c on c.report_id = m.report_id "
                        + "and c.claim_index = m.claim_index " + where + "order by m.incident_id, m.position")
                .params(params)
                .query(rs -> {
                    members.computeIfAbsent(rs.getString("incident_id"), k -> new ArrayList<>()).add(ClaimRows.read(rs));
                });
        List<Incident> incidents = new ArrayList<>();
        members.forEach((id, claims) -> incidents.add(new Incident(new IncidentId(id), claims)));
        return incidents;
    }

    public List<LocatedClaim> loadClaims() {
        return jdbc.sql("select * from claims order by report_id, claim_index").query((rs, n) -> ClaimRows.read(rs)).list();
    }

    public Optional<Report> findReport(ReportId id) {
        return jdbc.sql("select * from reports where id = ?").param(id.value()).query((rs, n) -> report(rs)).optional();
    }

    public Map<ReportId, Report> findReports(Collection<ReportId> ids) {
        Map<ReportId, Report> found = new LinkedHashMap<>();
        ids.forEach(id -> findReport(id).ifPresent(r -> found.put(id, r)));
        return found;
    }

    static Report report(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp published = rs.getTimestamp("published");
        return new Report(new ReportId(rs.getString("id")), rs.getString("raw_sha256"), rs.getString("source"),
                rs.getString("url"), published == null ? null : published.toInstant(),
                Language.ofCode(rs.getString("language")), rs.getString("title"), rs.getString("body"),
                new Origin(rs.getString("origin"), rs.getInt("origin_line")));
    }

    // ---- IncidentQueries ----

    @Override
    public List<IncidentSummary> findIncidents(IncidentFilter filter, int limit) {
        return reads.find(filter, limit);
    }

    @Override
    public Optional<IncidentRecord> findIncident(IncidentId id) {
        return reads.record(id, this::loadIncident, ids -> List.copyOf(findReports(ids).values()));
    }

    /** The grade reviewers gave each reviewed incident, in id order. */
    public Map<IncidentId, Grade> reviewedGrades() {
        Map<IncidentId, Grade> out = new LinkedHashMap<>();
        jdbc.sql("select id, reviewed_grade from incidents where reviewed_grade is not null order by id")
                .query(rs -> {
                    out.put(new IncidentId(rs.getString(1)), Grade.valueOf(rs.getString(2)));
                });
        return out;
    }

    /** Runs the work in one transaction: all of it is stored, or none. */
    public void inTransaction(Runnable work) {
        tx.executeWithoutResult(status -> work.run());
    }

    /** Records a reviewer's merge or split for later clustering runs to respect. */
    public void saveConstraint(Constraint c, String username) {
        jdbc.sql("insert into cluster_constraints (kind, a_report, a_index, b_report, b_index, username, at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(c.kind().name(), c.a().report().value(), c.a().index(), c.b().report().value(), c.b().index(),
                        username, Timestamp.from(Instant.now()))
                .update();
    }

    /** Every merge and split, oldest first, so that a later decision overrides an earlier one. */
    public List<Constraint> constraints() {
        return jdbc.sql("select kind, a_report, a_index, b_report, b_index from cluster_constraints order by id")
                .query((rs, n) -> new Constraint(Constraint.Kind.valueOf(rs.getString(1)),
                        new ClaimKey(new ReportId(rs.getString(2)), rs.getInt(3)),
                        new ClaimKey(new ReportId(rs.getString(4)), rs.getInt(5))))
                .list();
    }

    @Override
    public void reviewGrade(IncidentId id, Grade grade, String note, String username) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("a review needs a note saying why: " + id);
        }
        tx.executeWithoutResult(status -> {
            int changed = jdbc.sql("update incidents set reviewed_grade = ?, review_note = ? where id = ?")
                    .params(grade.name(), shorten(username + ": " + note.strip(), 2000), id.value()).update();
            if (changed == 0) {
                throw new IllegalArgumentException("no incident " + id);
            }
            audit(new AuditEntry(Instant.now(), username, "review.grade", id.value(),
                    "graded " + grade.label() + ": " + note.strip()));
        });
    }

    @Override
    public List<AuditEntry> auditLog(int limit) {
        return reads.audit(null, limit);
    }

    @Override
    public Counts counts() {
        return new Counts(count("raw_reports"), count("reports"), count("claims"), count("incidents"), count("rejections"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    static String shorten(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    @Override
    public void close() {
        dataSource.close();
    }

    @Override
    public String toString() {
        return "Store[" + dataSource.getJdbcUrl() + "]";
    }
}
