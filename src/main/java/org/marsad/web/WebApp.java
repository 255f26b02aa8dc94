package org.marsad.web;

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

    /** Starts the server over these queries and users; returns once it is accepting requests. */
    public static ConfigurableApplicationContext start(WebSettings settings, IncidentQueries incidents, UserStore users) {
        return new SpringApplicationBuilder(WebApp.class)
                .bannerMode(Banner.Mode.OFF)
                .properties(Map.of(
                        "server.port", String.valueOf(settings.port()),
                        "server.address", settings.bind(),
                        "spring.main.register-shutdown-hook", "false",
                        "spring.jmx.enabled", "false",
                        "spring.thymeleaf.cache", "true",
                        "logging.level.root", "WARN",
                        "logging.level.org.marsad", "INFO",
                        "management.endpoints.web.exposure.include", "health"))
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton(INCIDENT_QUERIES, incidents);
                    context.getBeanFactory().registerSingleton(USER_STORE, users);
                })
                .run();
    }
}
