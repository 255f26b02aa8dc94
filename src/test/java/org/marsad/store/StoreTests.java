package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.assess.Assessment;
import org.marsad.assess.Grade;
import org.marsad.assess.RuleAssessor;
import org.marsad.assess.SourceProfiles;
import org.marsad.extract.EventType;
import org.marsad.extract.RuleExtractor;
import org.marsad.geo.Gazetteer;
import org.marsad.geo.GazetteerLocator;
import org.marsad.geo.GazetteerSpotter;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.ClusterSettings;
import org.marsad.incident.Incident;
import org.marsad.incident.IncidentId;
import org.marsad.incident.IncidentIndex;
import org.marsad.lexicon.Lexicon;
import org.marsad.report.Language;
import org.marsad.report.Origin;
import org.marsad.report.RawReport;
import org.marsad.report.Rejection;
import org.marsad.report.Report;
import org.marsad.report.ReportId;
import org.marsad.report.Stage;

class StoreTests {
    private static final Gazetteer PLACES = Gazetteer.bundled();
    private static final RuleExtractor EXTRACTOR = new RuleExtractor(Lexicon.bundled(), new GazetteerSpotter(PLACES));
    private static final GazetteerLocator LOCATOR = new GazetteerLocator(PLACES);

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(StoreSettings.h2(dir));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theDatabaseIsAFileInTheDataFolderAndSurvivesReopening() {
        store.saveRawReport(raw("one"));
        store.close();
        store = Store.open(StoreSettings.h2(dir));

        assertThat(dir.resolve("marsad.mv.db")).exists();
        assertThat(store.counts().rawReports()).isEqualTo(1);
    }

    @Test
    void theSameRawBytesAreStoredOnce() {
        assertThat(store.saveRawReport(raw("a strike on Hajin"))).isTrue();
        assertThat(store.saveRawReport(raw("a strike on Hajin"))).isFalse();
        assertThat(store.saveRawReport(raw("a strike on al-Sousa"))).isTrue();

        assertThat(store.counts().rawReports()).isEqualTo(2);
    }

    @Test
    void claimsComeBackWithTheirPlacesFiguresAndReasons() {
        List<LocatedClaim> claims = save(report("afp-1", "AFP", Language.EN,
                "A US-led coalition air strike killed 12 civilians in the village of al-Shafa in the eastern "
                        + "Deir ez-Zor countryside on Sunday, the Syrian Observatory for Human Rights said."));

        List<LocatedClaim> loaded = store.loadClaims();

        assertThat(claims).isNotEmpty();
        assertThat(loaded).isEqualTo(claims);
        assertThat(loaded.get(0).location().nameAr()).isEqualTo("الشعفة");
        assertThat(loaded.get(0).claim().why()).isNotEmpty();
    }

    @Test
    void anIncidentIsListedFilteredAndReadBackWithItsReports() {
        Incident incident = cluster(
                save(report("afp-1", "AFP", Language.EN, "A US-led coalition air strike killed 12 civilians in the "
                        + "village of al-Shafa on Sunday, the Syrian Observatory for Human Rights said.")),
                save(report("enab-1", "Enab Baladi", Language.AR, "قتل 15 مدنياً في غارة جوية لطيران التحالف الدولي "
                        + "على بلدة الشعفة بريف دير الزور الشرقي يوم الأحد، بحسب مصادر محلية.")));
        Assessment assessment = new RuleAssessor(SourceProfiles.bundled())
                .assess(incident, id -> store.findReport(id).orElseThrow());
        store.saveIncident(incident, assessment);

        IncidentSummary summary = store.findIncidents(IncidentFilter.NONE, 10).get(0);
        IncidentRecord record = store.findIncident(incident.id()).orElseThrow();

        assertThat(summary.placeNameAr()).isEqualTo("الشعفة");
        assertThat(summary.reports()).isEqualTo(2);
        assertThat(summary.grade()).isEqualTo(assessment.grade());
        assertThat(record.reports()).extracting(Report::source).containsExactlyInAnyOrder("AFP", "Enab Baladi");
        assertThat(record.assessment()).isEqualTo(assessment);
        assertThat(store.loadIncidents()).containsExactly(incident);
        assertThat(find(new IncidentFilter(null, null, EventType.EXPLOSIONS_REMOTE_VIOLENCE, "coalition", "شعفة", null)))
                .hasSize(1);
        assertThat(find(new IncidentFilter(null, null, null, null, null, "مدنياً"))).hasSize(1);
        assertThat(find(new IncidentFilter(LocalDate.of(2019, 1, 1), null, null, null, null, null))).isEmpty();
        assertThat(find(new IncidentFilter(null, null, EventType.BATTLES, null, null, null))).isEmpty();
        assertThat(find(new IncidentFilter(null, null, null, "isis", null, null))).isEmpty();
    }

    @Test
    void aReviewOverridesTheGradeAndIsAudited() {
        Incident incident = cluster(save(report("sohr-1", "SOHR", Language.EN,
                "Coalition warplanes struck Hajin on Sunday, killing 7 civilians.")));
        store.saveIncident(incident, new Assessment(Grade.WEAK, List.of("Weak: one source"), null, null, List.of(), List.of()));

        store.reviewGrade(incident.id(), Grade.DISCOUNTED, "the video is from 2017", "editor1");

        assertThat(store.findIncidents(IncidentFilter.NONE, 10).get(0).grade()).isEqualTo(Grade.DISCOUNTED);
        IncidentRecord record = store.findIncident(incident.id()).orElseThrow();
        assertThat(record.assessment().grade()).isEqualTo(Grade.DISCOUNTED);
        assertThat(record.assessment().reasons().get(0)).contains("Discounted").contains("the video is from 2017");
        assertThat(store.auditLog(5).get(0)).satisfies(e -> {
            assertThat(e.username()).isEqualTo("editor1");
            assertThat(e.action()).isEqualTo("review.grade");
            assertThat(e.subject()).isEqualTo(incident.id().value());
        });
        assertThatThrownBy(() -> store.reviewGrade(new IncidentId("SYR-nope"), Grade.FAIR, "x", "editor1"))
                .hasMessageContaining("no incident SYR-nope");
    }

    @Test
    void rejectionsAndUsersAreKept() {
        String run = store.runs().start("ingest broken.jsonl");
        store.runs().reject(run, new Rejection(Stage.INGEST, "broken.jsonl:3", "invalid JSON: unexpected end", "{\"te"));
        store.accounts().saveUser(new UserAccount("layla", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv", Role.EDITOR, true));
        store.accounts().saveUser(new UserAccount("layla", "{bcrypt}$2a$10$zyxwvutsrqponmlkjihgfe", Role.ADMIN, true));

        assertThat(store.runs().rejections(10)).singleElement().satisfies(r -> {
            assertThat(r.where()).isEqualTo("broken.jsonl:3");
            assertThat(r.reason()).startsWith("invalid JSON");
        });
        assertThat(store.accounts().users()).singleElement().extracting(UserAccount::role).isEqualTo(Role.ADMIN);
        assertThat(store.accounts().findUser("nobody")).isEmpty();
    }

    @Test
    void aPostgresUrlInTheEnvironmentReplacesTheFileDatabase() {
        StoreSettings settings = StoreSettings.fromEnvironment(dir, java.util.Map.of(
                "MARSAD_JDBC_URL", "jdbc:postgresql://db.internal:5432/marsad", "MARSAD_DB_USER", "marsad",
                "MARSAD_DB_PASSWORD", "s3cret"));

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/marsad");
        assertThat(settings.user()).isEqualTo("marsad");
        assertThat(settings.toString()).doesNotContain("s3cret");
        assertThat(StoreSettings.fromEnvironment(dir, java.util.Map.of()).jdbcUrl()).startsWith("jdbc:h2:file:");
    }

    private List<IncidentSummary> find(IncidentFilter filter) {
        return store.findIncidents(filter, 10);
    }

    private List<LocatedClaim> save(Report report) {
        store.saveRawReport(raw(report.text()));
        store.saveReport(report);
        List<LocatedClaim> claims = EXTRACTOR.extract(report).stream().map(c -> LOCATOR.locate(c, report)).toList();
        store.saveClaims(report.id(), claims);
        return claims;
    }

    @SafeVarargs
    private static Incident cluster(List<LocatedClaim>... reports) {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);
        for (List<LocatedClaim> claims : reports) {
            claims.forEach(index::add);
        }
        assertThat(index.size()).isEqualTo(1);
        return index.incidents().get(0);
    }

    private static Report report(String id, String source, Language language, String text) {
        return new Report(new ReportId(id), RawReport.sha256(text), source, "https://example.org/" + id,
                Instant.parse("2018-12-17T08:00:00Z"), language, null, text, Origin.file("test.jsonl"));
    }

    private static RawReport raw(String text) {
        return RawReport.of(Origin.file("test.jsonl"), "text/plain", text.getBytes(StandardCharsets.UTF_8),
                Instant.parse("2018-12-17T09:00:00Z"));
    }
}
