package org.marsad.web;

import java.util.function.Supplier;
import org.marsad.assess.Reliability;
import org.marsad.review.IncidentEdits;

import java.util.Map;
import org.marsad.store.IncidentQueries;
import org.marsad.store.UserStore;
import org.springframework.boot.Banner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web app: Spring Boot serving the store that the caller opened. Spring does not manage the
 * database here; the store is handed in, so the CLI, tests and the server share one way to open it.
 */
@SpringBootApplication(scanBasePackages = {"org.marsad.web", "org.marsad.security"}, excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayEndpointAutoConfiguration"})
public class WebApp {
    /** The bean names of the two store interfaces; one store object usually implements both, hence qualifiers. */
    public static final String INCIDENT_QUERIES = "incidentQueries";
    public static final String USER_STORE = "userStore";
    /** The reviewer's merge and split, and the source reliability learned from reviews. */
    public static final String INCIDENT_EDITS = "incidentEdits";
    public static final String SOURCE_RELIABILITY = "sourceReliability";

    /**
     * Starts the server over these queries and users, without merge and split (they answer that
     * they are unavailable) and with every source neutral; for tests of the read side.
     */
    public static ConfigurableApplicationContext start(WebSettings settings, IncidentQueries incidents, UserStore users) {
        return start(settings, incidents, users, new UnavailableEdits(), () -> Reliability.NEUTRAL);
    }

    /** Starts the server over the store's interfaces; returns once it is accepting requests. */
    public static ConfigurableApplicationContext start(WebSettings settings, IncidentQueries incidents, UserStore users,
                                                       IncidentEdits edits, Supplier<Reliability> reliability) {
        return new SpringApplicationBuilder(WebApp.class)
                .bannerMode(Banner.Mode.OFF)
                .properties(Map.ofEntries(
                        Map.entry("server.port", String.valueOf(settings.port())),
                        Map.entry("server.address", settings.bind()),
                        Map.entry("spring.main.register-shutdown-hook", "false"),
                        Map.entry("spring.jmx.enabled", "false"),
                        Map.entry("spring.thymeleaf.cache", "true"),
                        Map.entry("logging.level.root", "WARN"),
                        Map.entry("logging.level.org.marsad", "INFO"),
                        Map.entry("management.endpoints.web.exposure.include", "health"),
                        // the basemap and scripts change only with a new jar; an hour spares reloading 200 kB per page
                        Map.entry("spring.web.resources.cache.cachecontrol.max-age", "1h"),
                        Map.entry("server.mime-mappings.geojson", "application/geo+json")))
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton(INCIDENT_QUERIES, incidents);
                    context.getBeanFactory().registerSingleton(USER_STORE, users);
                    context.getBeanFactory().registerSingleton(INCIDENT_EDITS, edits);
                    context.getBeanFactory().registerSingleton(SOURCE_RELIABILITY, new SourceReliability(reliability));
                })
                .run();
    }
}
