package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor's journey in a real browser (Debian's Chromium driven by Playwright): log in, read the list,
 * open the map and follow a marker to the incident, compare the reports side by side, review. Every
 * page must load only from this server and raise no console error (a CSP violation would be one).
 * Screenshots go to target/screenshots/.
 */
class BrowserJourneyTests {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @TempDir
    static Path dir;
    static WebFixture app;
    static Playwright playwright;
    static Browser browser;

    BrowserContext context;
    Page page;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("BrowserJourneyTests need Chromium at " + CHROMIUM
                    + " (apt-get install chromium); CI installs it");
        }
        Files.createDirectories(SCREENSHOTS);
        app = WebFixture.start(dir);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 950).setLocale("en-GB"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.onRequest(request -> requests.add(request.url()));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(error -> consoleErrors.add("page error: " + error));
        logIn("editor");
    }

    @AfterEach
    void closePage() {
        context.close();
        assertThat(consoleErrors).as("console errors").isEmpty();
        assertThat(requests).as("every request stays on the Marsad server")
                .allSatisfy(url -> assertThat(url).matches(u -> u.startsWith("data:")
                        || "127.0.0.1".equals(URI.create(u).getHost()), "a request to 127.0.0.1"));
    }

    private void logIn(String user) {
        page.navigate(app.base().resolve("/login").toString());
        page.locator("#username").fill(user);
        page.locator("#password").fill(WebFixture.PASSWORD);
        page.locator("form.login-form button[type=submit]").click();
        page.waitForURL(app.base().resolve("/").toString());
    }

    @Test
    void theListShowsTheIncidentsAndFiltersThem() {
        assertThat(page.locator("tr.incident-row").count()).isEqualTo((int) app.store().counts().incidents());
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("list.png")).setFullPage(true));

        page.locator("#f-text").fill("الشعفة");
        page.locator("form.filters button[type=submit]").click();
        page.waitForURL(url -> url.contains("text="));

        assertThat(page.locator("tr.incident-row").count()).isEqualTo(1);
        assertThat(page.locator("tr.incident-row").first().textContent()).contains("al-Shafa", "الشعفة");
    }

    @Test
    void theMapDrawsTheOfflineBasemapAndAMarkerThatLeadsToTheIncident() {
        page.navigate(app.base().resolve("/map").toString());
        page.waitForSelector("#map[data-basemap=ready]");
        page.waitForSelector("path.incident-marker");

        assertThat(page.locator("path.basemap-country").count()).isGreaterThan(10);
        assertThat(page.locator("path.basemap-river").count()).isGreaterThanOrEqualTo(3);
        assertThat(page.locator(".place-label").count()).isGreaterThan(20);
        Locator markers = page.locator("path.incident-marker");
        assertThat(markers.count()).isEqualTo(app.store().findIncidents(
                org.marsad.store.IncidentFilter.NONE, 100).stream().filter(s -> s.lat() != null).count());
        assertThat(page.locator("#map-status").textContent()).contains("on the map");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("map.png")));

        // the al-Shafa and al-Susah circles overlap at this zoom, so the click goes to the marker itself
        page.locator("path.incident-marker.grade-marker-" + app.shafaStrike().grade().name().toLowerCase())
                .first().dispatchEvent("click");
        Locator link = page.locator(".incident-popup a");
        assertThat(page.locator(".incident-popup").textContent()).contains("al-Shafa", "Air/drone strike");
        link.click();
        page.waitForURL(url -> url.contains("/incidents/"));

        assertThat(page.url()).endsWith("/incidents/" + app.shafaStrikeId().value());
    }

    @Test
    void theIncidentPageSetsTheReportsSideBySideWithArabicRightToLeft() {
        page.navigate(app.base().resolve("/incidents/" + app.shafaStrikeId().value()).toString());

        Locator cards = page.locator("article.report-card");
        assertThat(cards.count()).isGreaterThanOrEqualTo(2);
        Locator arabic = page.locator("article.report-card.arabic").first();
        assertThat(arabic.evaluate("el => getComputedStyle(el).direction")).isEqualTo("rtl");
        assertThat(page.locator("article.report-card:not(.arabic)").first()
                .evaluate("el => getComputedStyle(el).direction")).isEqualTo("ltr");
        assertThat(cards.nth(0).boundingBox().y).as("cards share a row").isEqualTo(cards.nth(1).boundingBox().y);
        assertThat(page.locator(".grade-line .grade").textContent()).contains(app.shafaStrike().grade().label());
        assertThat(page.locator("ol.reasons li").count()).isGreaterThanOrEqualTo(1);
        assertThat(page.locator("article.report-card mark").count()).isGreaterThanOrEqualTo(cards.count());
        assertThat(page.locator("script:not([src])").count()).as("no inline script").isZero();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("incident.png")).setFullPage(true));
    }

    @Test
    void anEditorReviewsThroughTheFormAndSeesTheHistory() {
        page.navigate(app.base().resolve("/incidents/" + app.shafaStrikeId().value()).toString());

        page.locator("#r-grade").selectOption("CONTESTED");
        page.locator("#r-note").fill("Amaq's figure of 20 is not supported by any other source");
        page.locator("form.review-form button[type=submit]").click();
        page.waitForSelector(".flash.ok");

        assertThat(page.locator(".grade-line .grade").textContent()).contains("Contested");
        assertThat(page.locator("ol.history").textContent()).contains("editor", "review.grade",
                "Amaq's figure of 20 is not supported");
    }
}
