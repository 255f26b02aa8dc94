package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.assess.Grade;
import org.marsad.incident.IncidentId;
import org.marsad.store.IncidentFilter;
import org.marsad.store.IncidentSummary;

/** Merging, splitting and the sources page over real HTTP, on a server of their own (they change the record). */
class IncidentEditsTests {
    @TempDir
    static Path dir;
    static WebFixture app;

    @BeforeAll
    static void start() {
        app = WebFixture.start(dir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aViewerCannotMergeOrSplitEvenWithTheToken() {
        WebSession viewer = WebSession.loggedIn(app, "viewer");
        IncidentId shafa = app.shafaStrikeId();
        String token = WebSession.csrfToken(viewer.get("/incidents/" + shafa.value()).body());

        HttpResponse<String> merge = viewer.post("/incidents/" + shafa.value() + "/merge",
                Map.of("into", "SYR-x", "note", "viewer tries", "_csrf", token));
        HttpResponse<String> split = viewer.post("/incidents/" + shafa.value() + "/split",
                Map.of("report", "x", "claim", "0", "note", "viewer tries", "_csrf", token));

        assertThat(merge.statusCode()).isEqualTo(403);
        assertThat(split.statusCode()).isEqualTo(403);
    }

    @Test
    void anEditorSplitsAReportOutAndMergesItBackWithTheReasonsAudited() {
        WebSession editor = WebSession.loggedIn(app, "editor");
        IncidentId shafa = app.shafaStrikeId();
        int before = incidents().size();
        String page = editor.get("/incidents/" + shafa.value()).body();
        String report = app.store().loadIncident(shafa).orElseThrow().claims().get(1).claim().report().value();
        assertThat(page).contains("Split out").contains("Same event as incident");

        HttpResponse<String> split = editor.post("/incidents/" + shafa.value() + "/split", Map.of("report", report,
                "claim", "0", "note", "this outlet describes the evening raid", "_csrf", WebSession.csrfToken(page)));
        IncidentId separate = incidents().stream().map(IncidentSummary::id)
                .filter(id -> app.store().loadIncident(id).orElseThrow().claims().stream()
                        .anyMatch(c -> c.claim().report().value().equals(report)))
                .findFirst().orElseThrow();

        assertThat(split.statusCode()).isEqualTo(302);
        assertThat(incidents()).hasSize(before + 1);
        assertThat(separate).isNotEqualTo(shafa);

        String separatePage = editor.get("/incidents/" + separate.value()).body();
        HttpResponse<String> merge = editor.post("/incidents/" + separate.value() + "/merge", Map.of("into",
                shafa.value(), "note", "same raid after all", "_csrf", WebSession.csrfToken(separatePage)));

        assertThat(merge.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(merge)).endsWith("/incidents/" + shafa.value());
        assertThat(incidents()).hasSize(before);
        assertThat(app.store().auditLog(5)).extracting(e -> e.action()).contains("review.split", "review.merge");
        assertThat(editor.get("/incidents/" + shafa.value()).body()).contains("same raid after all");
    }

    @Test
    void aMergeIntoAnUnknownIncidentIsSentBackWithTheReason() {
        WebSession editor = WebSession.loggedIn(app, "editor");
        IncidentId shafa = app.shafaStrikeId();
        String page = editor.get("/incidents/" + shafa.value()).body();

        HttpResponse<String> merge = editor.post("/incidents/" + shafa.value() + "/merge",
                Map.of("into", "SYR-<b>nope</b>", "note", "typo", "_csrf", WebSession.csrfToken(page)));
        String back = editor.get("/incidents/" + shafa.value()).body();

        assertThat(merge.statusCode()).isEqualTo(302);
        assertThat(back).contains("no incident SYR-&lt;b&gt;nope&lt;/b&gt;").doesNotContain("<b>nope</b>");
    }

    @Test
    void theSourcesPageShowsWhatReviewsTaught() {
        WebSession editor = WebSession.loggedIn(app, "editor");
        IncidentId shafa = app.shafaStrikeId();
        String page = editor.get("/incidents/" + shafa.value()).body();
        editor.post("/incidents/" + shafa.value() + "/review", Map.of("grade", Grade.CONFIRMED.name(),
                "note", "checked against imagery", "_csrf", WebSession.csrfToken(page)));

        String sources = editor.get("/sources").body();

        assertThat(sources).contains("Reliability").contains(shafa.value() + " Confirmed: agreed");
    }

    private static List<IncidentSummary> incidents() {
        return app.store().findIncidents(IncidentFilter.NONE, 1000);
    }
}
