package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.assess.Grade;
import org.marsad.assess.RuleAssessor;
import org.marsad.assess.SourceProfiles;
import org.marsad.extract.RuleExtractor;
import org.marsad.geo.Gazetteer;
import org.marsad.geo.GazetteerLocator;
import org.marsad.geo.GazetteerSpotter;
import org.marsad.incident.ClusterSettings;
import org.marsad.ingest.IngestSettings;
import org.marsad.ingest.Ingestor;
import org.marsad.lexicon.Lexicon;
import org.marsad.report.Rejection;
import org.marsad.store.IncidentFilter;
import org.marsad.store.IncidentSummary;
import org.marsad.store.Store;
import org.marsad.store.StoreSettings;

class IngestionTests {
    private static final Gazetteer PLACES = Gazetteer.bundled();
    private static final Stages STAGES = new Stages(new Ingestor(IngestSettings.DEFAULTS, Clock.systemUTC()),
            new RuleExtractor(Lexicon.bundled(), new GazetteerSpotter(PLACES)), new GazetteerLocator(PLACES),
            ClusterSettings.DEFAULTS, new RuleAssessor(SourceProfiles.bundled()));

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(StoreSettings.h2(dir.resolve("data")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aLaterReportJoinsTheStoredIncidentAndRaisesItsGrade() throws IOException {
        ingest("first.jsonl", "{\"id\":\"s1\",\"source\":\"SOHR\",\"published\":\"2018-12-17T08:00:00Z\",\"text\":"
                + "\"A US-led coalition air strike killed 12 civilians in the village of al-Shafa on Sunday.\"}");
        IncidentSummary before = only();

        IngestSummary later = new Ingestion(STAGES, store, Clock.systemUTC()).ingest(List.of(write("second.jsonl",
                "{\"id\":\"d1\",\"source\":\"Deir Ezzor 24\",\"published\":\"2018-12-17T11:00:00Z\",\"language\":\"ar\","
                        + "\"text\":\"قتل 14 مدنياً في غارة لطيران التحالف الدولي على بلدة الشعفة بريف دير الزور الشرقي يوم الأحد.\"}")),
                r -> { });
        IncidentSummary after = only();

        assertThat(before.grade()).isEqualTo(Grade.WEAK);
        assertThat(later.incidentsNew()).isZero();
        assertThat(later.incidentsUpdated()).isEqualTo(1);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.reports()).isEqualTo(2);
        assertThat(after.grade()).isEqualTo(Grade.FAIR);
    }

    @Test
    void aBadLineIsRecordedAndTheGoodLinesAroundItAreKept() throws IOException {
        List<Rejection> rejected = new ArrayList<>();
        IngestSummary summary = new Ingestion(STAGES, store, Clock.systemUTC()).ingest(List.of(write("mixed.jsonl",
                "{\"id\":\"a\",\"source\":\"SOHR\",\"published\":\"2018-12-10T08:00:00Z\",\"text\":\"Coalition warplanes "
                        + "struck Hajin on Sunday, killing 7 civilians.\"}\n{\"id\":\"b\",\"text\": 12\n"
                        + "{\"id\":\"c\",\"source\":\"SOHR\",\"published\":\"2018-11-24T08:00:00Z\",\"text\":\"Fierce clashes between ISIS fighters "
                        + "and the SDF near al-Bahra on Friday killed 9 SDF fighters.\"}")), rejected::add);

        assertThat(summary.reportsNew()).isEqualTo(2);
        assertThat(rejected).singleElement().satisfies(r -> assertThat(r.where()).endsWith("mixed.jsonl:2"));
        assertThat(store.runs().rejections(5)).hasSize(1);
        assertThat(store.findIncidents(IncidentFilter.NONE, 10)).hasSize(2);
        assertThat(store.auditLog(1).get(0).action()).isEqualTo("ingest");
    }

    private IncidentSummary only() {
        List<IncidentSummary> all = store.findIncidents(IncidentFilter.NONE, 10);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private void ingest(String name, String content) throws IOException {
        new Ingestion(STAGES, store, Clock.systemUTC()).ingest(List.of(write(name, content)), r -> { });
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
