package org.marsad.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.assess.RuleAssessor;
import org.marsad.assess.SourceProfiles;
import org.marsad.extract.RuleExtractor;
import org.marsad.geo.Gazetteer;
import org.marsad.geo.GazetteerLocator;
import org.marsad.geo.GazetteerSpotter;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.ClaimKey;
import org.marsad.incident.ClusterSettings;
import org.marsad.incident.Incident;
import org.marsad.incident.IncidentId;
import org.marsad.incident.IncidentIndex;
import org.marsad.ingest.IngestSettings;
import org.marsad.ingest.Ingestor;
import org.marsad.lexicon.Lexicon;
import org.marsad.pipeline.Ingestion;
import org.marsad.pipeline.Stages;
import org.marsad.store.IncidentFilter;
import org.marsad.store.Store;
import org.marsad.store.StoreSettings;

class ReviewTests {
    private static final Gazetteer PLACES = Gazetteer.bundled();
    private static final RuleAssessor ASSESSOR = new RuleAssessor(SourceProfiles.bundled());
    private static final Stages STAGES = new Stages(new Ingestor(IngestSettings.DEFAULTS, Clock.systemUTC()),
            new RuleExtractor(Lexicon.bundled(), new GazetteerSpotter(PLACES)), new GazetteerLocator(PLACES),
            ClusterSettings.DEFAULTS, ASSESSOR);
    private static final String MONDAY = "{\"id\":\"sohr-mon\",\"source\":\"SOHR\",\"published\":\"2018-12-17T08:00:00Z\","
            + "\"text\":\"A US-led coalition air strike killed 12 civilians in the village of al-Shafa on Monday.\"}";
    private static final String WEDNESDAY = "{\"id\":\"d24-wed\",\"source\":\"Deir Ezzor 24\",\"published\":"
            + "\"2018-12-19T20:00:00Z\",\"text\":\"Coalition warplanes struck al-Shafa on Wednesday, killing 11 civilians.\"}";
    private static final String THURSDAY = "{\"id\":\"afp-thu\",\"source\":\"AFP\",\"published\":"
            + "\"2018-12-20T20:00:00Z\",\"text\":\"Coalition warplanes struck al-Shafa on Wednesday, killing 11 civilians, a monitor said.\"}";

    @TempDir
    Path dir;
    Store store;
    Review review;

    @BeforeEach
    void open() {
        store = Store.open(StoreSettings.h2(dir.resolve("data")));
        review = new Review(store, ASSESSOR, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aMergeJoinsTwoIncidentsAndSurvivesLaterIngestsAndARebuild() throws IOException {
        Path first = write("first.jsonl", MONDAY + "\n" + WEDNESDAY);
        ingest(first);
        List<IncidentId> ids = ids();
        assertThat(ids).hasSize(2);

        IncidentId kept = review.merge(ids.get(1), ids.get(0), "editor1", "Monday is the date of the funeral, not the strike");
        ingest(first);
        ingest(write("later.jsonl", THURSDAY));

        assertThat(ids()).containsExactly(kept);
        assertThat(store.loadIncident(kept).orElseThrow().claims()).hasSize(3);
        assertThat(store.auditLog(10)).anyMatch(e -> e.action().equals("review.merge") && e.username().equals("editor1"));
        assertThat(rebuild()).anyMatch(group -> group.containsAll(Set.of("sohr-mon", "d24-wed")));
    }

    @Test
    void aSplitClaimStaysApartFromItsFormerIncidentOnRebuild() throws IOException {
        ingest(write("reports.jsonl", WEDNESDAY + "\n" + THURSDAY));
        IncidentId both = ids().get(0);
        ClaimKey afp = store.loadIncident(both).orElseThrow().claims().stream().map(ClaimKey::of)
                .filter(k -> k.report().value().equals("afp-thu")).findFirst().orElseThrow();

        IncidentId separate = review.split(both, afp, "editor1", "AFP describes a second raid that evening");

        assertThat(ids()).containsExactlyInAnyOrder(both, separate);
        assertThat(store.loadIncident(separate).orElseThrow().claims()).extracting(ClaimKey::of).containsExactly(afp);
        assertThat(rebuild()).containsExactlyInAnyOrder(Set.of("d24-wed"), Set.of("afp-thu"));
    }

    @Test
    void reviewsNeedANoteAndRealIncidents() throws IOException {
        ingest(write("one.jsonl", MONDAY));
        IncidentId only = ids().get(0);

        assertThatThrownBy(() -> review.merge(only, only, "editor1", "same")).hasMessageContaining("into itself");
        assertThatThrownBy(() -> review.merge(only, new IncidentId("SYR-none"), "editor1", "x"))
                .hasMessageContaining("no incident SYR-none");
        assertThatThrownBy(() -> review.split(only, store.loadIncident(only).orElseThrow().claims().stream()
                .map(ClaimKey::of).findFirst().orElseThrow(), "editor1", "x")).hasMessageContaining("nothing to split");
        assertThatThrownBy(() -> review.merge(only, only, "editor1", " ")).hasMessageContaining("needs a note");
    }

    @Test
    void reviewersVerdictsTeachWhichSourcesToTrust() throws IOException {
        ingest(write("reports.jsonl", WEDNESDAY + "\n" + THURSDAY));
        IncidentId incident = ids().get(0);

        store.reviewGrade(incident, org.marsad.assess.Grade.CONFIRMED, "matched against satellite imagery", "editor1");
        org.marsad.assess.Reliability learned = Verdicts.reliability(store, SourceProfiles.bundled());

        assertThat(Verdicts.from(store, SourceProfiles.bundled())).singleElement()
                .satisfies(v -> assertThat(v.incident()).isEqualTo(incident.value()));
        assertThat(learned.of("Deir Ezzor 24")).isGreaterThan(0.5);
        assertThat(learned.of("Reuters")).isEqualTo(0.5);
    }

    private Set<Set<String>> rebuild() {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);
        store.constraints().forEach(index::respect);
        store.loadClaims().stream().sorted(Comparator.comparing((LocatedClaim c) -> c.claim().date())
                .thenComparing(c -> c.claim().report().value())).forEach(index::add);
        return index.incidents().stream().map(Incident::claims)
                .map(cs -> cs.stream().map(c -> c.claim().report().value()).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    private List<IncidentId> ids() {
        return store.findIncidents(IncidentFilter.NONE, 100).stream().map(s -> s.id()).toList();
    }

    private void ingest(Path file) {
        new Ingestion(STAGES, store, Clock.systemUTC()).ingest(List.of(file), r -> { });
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
