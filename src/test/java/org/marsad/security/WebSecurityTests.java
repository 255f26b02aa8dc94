package org.marsad.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.marsad.assess.Grade;
import org.marsad.incident.IncidentId;
import org.marsad.store.AuditEntry;
import org.marsad.web.WebFixture;
import org.marsad.web.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Login, roles, CSRF and headers, checked over real HTTP against a running app. */
class WebSecurityTests {
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

    private static String reviewPath() {
        return "/incidents/" + app.shafaStrikeId().value() + "/review";
    }

    /** A review form as a logged-in user would post it, with the token from the incident page. */
    private static HttpResponse<String> postReview(WebSession session, Grade grade, String note) {
        String page = session.get("/incidents/" + app.shafaStrikeId().value()).body();
        String token = WebSession.csrfToken(page);
        return session.post(reviewPath(), Map.of("grade", grade.name(), "note", note, "_csrf", token));
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        WebSession anonymous = new WebSession(app.base());

        for (String path : List.of("/", "/map", "/admin", "/map/incidents.json",
                "/incidents/" + app.shafaStrikeId().value())) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(WebSession.location(response)).as(path).endsWith("/login");
        }
        assertThat(anonymous.get("/login").body()).contains("User name · <span lang=\"ar\">اسم المستخدم</span>");
    }

    @Test
    void staticAssetsTheBasemapAndTheHealthCheckNeedNoLogin() {
        WebSession anonymous = new WebSession(app.base());

        for (String path : List.of("/css/marsad.css", "/js/map.js", "/basemap/countries.geojson",
                "/basemap/rivers.geojson", "/basemap/places.geojson", "/webjars/leaflet/1.9.4/dist/leaflet.js",
                "/actuator/health", "/favicon.svg")) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            // the SVG's xmlns is a name, not a request; Leaflet's own source mentions its home page
            if (!path.startsWith("/webjars") && !path.endsWith(".svg")) {
                assertThat(response.body()).as(path).doesNotContain("http://", "https://", "{s}.tile");
            }
        }
        assertThat(anonymous.get("/basemap/countries.geojson").body()).contains("\"name\":\"Syria\"", "\"name\":\"Iraq\"");
        assertThat(anonymous.get("/basemap/rivers.geojson").body()).contains("\"name\":\"Euphrates\"");
    }

    @Test
    void aWrongPasswordShowsTheLoginError() {
        WebSession visitor = new WebSession(app.base());

        HttpResponse<String> response = visitor.logIn("editor", "not the password");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).endsWith("/login?error");
        assertThat(visitor.get("/login?error").body()).contains("Wrong user name or password");
        assertThat(visitor.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void theRightPasswordOpensTheIncidentList() {
        WebSession editor = WebSession.loggedIn(app, "editor");

        HttpResponse<String> list = editor.get("/");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("/incidents/" + app.shafaStrikeId().value(), "al-Shafa");
    }

    @Test
    void aDisabledAccountCannotLogInWithItsRightPassword() {
        WebSession visitor = new WebSession(app.base());

        HttpResponse<String> response = visitor.logIn("retired", WebFixture.PASSWORD);

        assertThat(WebSession.location(response)).endsWith("/login?error");
        assertThat(visitor.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aReviewWithoutTheCsrfTokenIsRefused() {
        WebSession editor = WebSession.loggedIn(app, "editor");
        Grade before = app.shafaStrike().grade();

        HttpResponse<String> response = editor.post(reviewPath(), Map.of("grade", "DISCOUNTED", "note", "forged"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(app.shafaStrike().grade()).isEqualTo(before);
    }

    @Test
    void aViewerCannotReviewEvenWithTheToken() {
        WebSession viewer = WebSession.loggedIn(app, "viewer");
        Grade before = app.shafaStrike().grade();
        String page = viewer.get("/incidents/" + app.shafaStrikeId().value()).body();

        HttpResponse<String> response = viewer.post(reviewPath(),
                Map.of("grade", "DISCOUNTED", "note", "a viewer tries", "_csrf", WebSession.csrfToken(page)));

        assertThat(page).doesNotContain("class=\"review-form\"").contains("Only editors can review");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(app.shafaStrike().grade()).isEqualTo(before);
    }

    @Test
    void anEditorsReviewChangesTheGradeAndIsAuditLogged() {
        WebSession editor = WebSession.loggedIn(app, "editor");
        IncidentId id = app.shafaStrikeId();

        HttpResponse<String> response = postReview(editor, Grade.CONFIRMED, "CJTF-OIR admitted the strike in its report");
        try {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(WebSession.location(response)).endsWith("/incidents/" + id.value());
            assertThat(app.shafaStrike().grade()).isEqualTo(Grade.CONFIRMED);
            List<AuditEntry> log = app.store().auditLog(5);
            assertThat(log.get(0)).extracting(AuditEntry::username, AuditEntry::action, AuditEntry::subject)
                    .containsExactly("editor", "review.grade", id.value());
            String page = editor.get("/incidents/" + id.value()).body();
            assertThat(page).contains("Grade set to Confirmed", "CJTF-OIR admitted the strike in its report");
        } finally {
            postReview(editor, Grade.FAIR, "back to the computed grade for the other tests");
        }
    }

    @Test
    void aReviewWithoutANoteIsSentBackWithTheReason() {
        WebSession editor = WebSession.loggedIn(app, "editor");
        int logged = app.store().auditLog(1000).size();

        HttpResponse<String> response = postReview(editor, Grade.DISCOUNTED, "   ");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(editor.get(WebSession.location(response)).body()).contains("A review needs a note");
        assertThat(app.store().auditLog(1000)).hasSize(logged);
    }

    @Test
    void onlyAnAdminOpensTheAdminPage() {
        assertThat(WebSession.loggedIn(app, "editor").get("/admin").statusCode()).isEqualTo(403);
        assertThat(WebSession.loggedIn(app, "viewer").get("/admin").statusCode()).isEqualTo(403);

        HttpResponse<String> admin = WebSession.loggedIn(app, "admin").get("/admin");

        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("retired", "disabled", "<code>ingest</code>")
                .doesNotContain("{bcrypt}", "$2a$");
    }

    @Test
    void anAdminMayReviewTooThroughTheRoleHierarchy() {
        WebSession admin = WebSession.loggedIn(app, "admin");

        String page = admin.get("/incidents/" + app.shafaStrikeId().value()).body();

        assertThat(page).contains("class=\"review-form\"", "Admin · <span lang=\"ar\">الإدارة</span>");
    }

    @Test
    void everyResponseCarriesTheContentSecurityPolicyAndNoReferrer() {
        WebSession viewer = WebSession.loggedIn(app, "viewer");

        for (HttpResponse<String> response : List.of(viewer.get("/"), viewer.get("/map"),
                new WebSession(app.base()).get("/login"))) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
                            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void loggingOutTakesAPostWithTheToken() {
        WebSession viewer = WebSession.loggedIn(app, "viewer");
        String token = WebSession.csrfToken(viewer.get("/").body());

        HttpResponse<String> out = viewer.post("/logout", Map.of("_csrf", token));

        assertThat(WebSession.location(out)).endsWith("/login?logout");
        assertThat(viewer.get("/").statusCode()).isEqualTo(302);
    }
}
