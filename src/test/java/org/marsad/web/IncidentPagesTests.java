package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.marsad.assess.Grade;
import org.marsad.incident.IncidentId;
import org.marsad.store.IncidentRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages over real HTTP, logged in, against the store the pipeline filled from the Hajin fixture. */
class IncidentPagesTests {
    private static final Pattern ROW = Pattern.compile("<tr class=\"incident-row\">");

    @TempDir
    static Path dir;
    static WebFixture app;
    static WebSession viewer;

    @BeforeAll
    static void start() {
        app = WebFixture.start(dir);
        viewer = WebSession.loggedIn(app, "viewer");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static long rows(String html) {
        return ROW.matcher(html).results().count();
    }

    private static String query(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void theListShowsEveryIncidentWithItsPlaceInBothLanguagesAndItsGrade() {
        HttpResponse<String> page = viewer.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(rows(page.body())).isEqualTo(app.store().counts().incidents());
        String strike = app.shafaStrikeId().value();
        assertThat(page.body()).contains("href=\"/incidents/" + strike + "\"", "al-Shafa", "الشعفة",
                "Air/drone strike", "grade-" + app.shafaStrike().grade().name().toLowerCase());
    }

    @Test
    void theActorFilterOffersTheActorsTheIncidentsNameByTheirAcledNames() {
        String page = viewer.get("/").body();

        assertThat(page).contains("<option value=\"coalition\">Global Coalition Against Daesh</option>",
                "<option value=\"sdf\">SDF: Syrian Democratic Forces</option>");
        assertThat(page).doesNotContain("<option value=\"pmf\"");
    }

    @Test
    void anEventTypeOrPlaceThatMatchesNothingEmptiesTheList() {
        assertThat(rows(viewer.get("/?" + query("type", "PROTESTS")).body())).isZero();
        assertThat(rows(viewer.get("/?" + query("place", "Raqqa")).body())).isZero();
        assertThat(viewer.get("/?" + query("place", "Raqqa")).body()).contains("No incidents match");
    }

    @Test
    void filtersNarrowTheListToTheMatchingIncident() {
        String byType = viewer.get("/?" + query("type", "EXPLOSIONS_REMOTE_VIOLENCE")).body();
        String byActor = viewer.get("/?" + query("actor", "coalition")).body();
        String byDates = viewer.get("/?" + query("from", "2018-12-01") + "&" + query("to", "2018-12-31")).body();

        String strike = "/incidents/" + app.shafaStrikeId().value();
        for (String page : new String[] {byType, byActor, byDates}) {
            assertThat(rows(page)).isEqualTo(1);
            assertThat(page).contains(strike);
        }
    }

    @Test
    void anArabicTextFilterFindsTheIncidentOfTheArabicReport() {
        String page = viewer.get("/?" + query("text", "طيران التحالف")).body();

        assertThat(rows(page)).isEqualTo(1);
        assertThat(page).contains("/incidents/" + app.shafaStrikeId().value());
    }

    @Test
    void anEndDateBeforeTheStartDateIsExplainedNotAServerError() {
        HttpResponse<String> page = viewer.get("/?" + query("from", "2019-01-01") + "&" + query("to", "2018-12-01"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("The end date 2018-12-01 is before the start date 2019-01-01");
    }

    @Test
    void aMalformedDateIsExplainedNotAServerError() {
        HttpResponse<String> page = viewer.get("/?" + query("from", "16/12/2018"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("&#39;16/12/2018&#39; in &#39;from&#39; is not a date");
    }

    @Test
    void theIncidentPageShowsEveryReportBesideTheOthersWithItsClaim() {
        IncidentId id = app.shafaStrikeId();
        IncidentRecord record = app.store().findIncident(id).orElseThrow();
        String page = viewer.get("/incidents/" + id.value()).body();

        assertThat(Pattern.compile("<article class=\"report-card").matcher(page).results().count())
                .isEqualTo(record.reports().size()).isGreaterThanOrEqualTo(2);
        assertThat(page).contains("dir=\"rtl\" lang=\"ar\"", "dir=\"ltr\" lang=\"en\"");
        assertThat(page).contains("<mark>A US-led coalition air strike killed 12 civilians in the village of al-Shafa");
        assertThat(page).contains(record.assessment().grade().label(), "Air/drone strike", "34.5790, 40.9340");
        record.assessment().reasons().forEach(reason -> assertThat(page).contains(escaped(reason)));
    }

    @Test
    void hostileReportTextIsShownAsTextNeverAsMarkup() {
        String page = viewer.get("/incidents/" + app.shafaStrikeId().value()).body();

        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(page).doesNotContain("<script>alert", "<img src=x");
    }

    @Test
    void anUnknownIncidentIsA404ThatNamesTheIdEscaped() {
        HttpResponse<String> page = viewer.get("/incidents/%3Cb%3ESYR-0000%22x");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("&lt;b&gt;SYR-0000&quot;x").doesNotContain("<b>SYR-0000");
    }

    @Test
    void theMapDataIsGeoJsonOfTheFilteredIncidents() {
        HttpResponse<String> all = viewer.get("/map/incidents.json");
        HttpResponse<String> none = viewer.get("/map/incidents.json?" + query("type", "RIOTS"));

        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json"));
        assertThat(all.body()).contains("\"type\":\"FeatureCollection\"", "\"coordinates\":[40.934,34.579]",
                "\"id\":\"" + app.shafaStrikeId().value() + "\"");
        assertThat(none.body()).contains("\"features\":[]");
        assertThat(viewer.get("/map/incidents.json?" + query("to", "yesterday")).statusCode()).isEqualTo(400);
    }

    @Test
    void theMapPageLoadsLeafletAndTheBasemapFromThisServerOnly() {
        String page = viewer.get("/map").body();

        assertThat(page).contains("/webjars/leaflet/1.9.4/dist/leaflet.js", "/js/map.js",
                "data-countries=\"/basemap/countries.geojson\"");
        assertThat(page).doesNotContain("http://", "https://");
        assertThat(viewer.get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode()).isEqualTo(200);
    }

    @Test
    void aMapWithInvalidFiltersExplainsThemAndLoadsNoMarkers() {
        HttpResponse<String> page = viewer.get("/map?" + query("from", "2019-13-01"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("&#39;2019-13-01&#39; in &#39;from&#39; is not a date")
                .doesNotContain("data-incidents=");
    }

    @Test
    void theBasemapIsServedAsGeoJsonAndCached() {
        HttpResponse<String> countries = viewer.get("/basemap/countries.geojson");

        assertThat(countries.headers().firstValue("Content-Type")).hasValue("application/geo+json");
        assertThat(countries.headers().firstValue("Cache-Control")).hasValueSatisfying(
                v -> assertThat(v).contains("max-age=3600"));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
