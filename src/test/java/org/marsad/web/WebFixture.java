package org.marsad.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.marsad.assess.RuleAssessor;
import org.marsad.assess.SourceProfiles;
import org.marsad.extract.RuleExtractor;
import org.marsad.geo.Gazetteer;
import org.marsad.geo.GazetteerLocator;
import org.marsad.geo.GazetteerSpotter;
import org.marsad.incident.ClusterSettings;
import org.marsad.incident.IncidentId;
import org.marsad.ingest.IngestSettings;
import org.marsad.ingest.Ingestor;
import org.marsad.lexicon.Lexicon;
import org.marsad.pipeline.Ingestion;
import org.marsad.pipeline.Stages;
import org.marsad.security.Passwords;
import org.marsad.store.IncidentFilter;
import org.marsad.store.IncidentSummary;
import org.marsad.store.Role;
import org.marsad.review.Review;
import org.marsad.review.Verdicts;
import org.marsad.store.Store;
import org.marsad.store.StoreSettings;
import org.marsad.store.UserAccount;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A running Marsad web app for tests: a store in a temporary directory, fed by the real pipeline with
 * the Hajin December 2018 fixture (English and Arabic reports of the coalition strike on al-Shafa, one
 * with hostile markup in its text, and an SDF clash report), four users, and the server on a free port.
 */
public final class WebFixture implements AutoCloseable {
    public static final String FIXTURE = "/web/hajin-december-2018.jsonl";
    public static final String PASSWORD = "correct horse battery";

    private final Store store;
    private final ConfigurableApplicationContext context;
    private final URI base;

    private WebFixture(Store store, ConfigurableApplicationContext context) {
        this.store = store;
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /** Ingests the fixture into a new store under {@code dir}, adds the users and starts the server. */
    public static WebFixture start(Path dir) {
        Store store = ingested(dir);
        addUser(store, "viewer", Role.VIEWER, true);
        addUser(store, "editor", Role.EDITOR, true);
        addUser(store, "admin", Role.ADMIN, true);
        addUser(store, "retired", Role.EDITOR, false);
        RuleAssessor assessor = new RuleAssessor(SourceProfiles.bundled());
        return new WebFixture(store, WebApp.start(new WebSettings(0, "127.0.0.1"), store, store.accounts(),
                new Review(store, assessor, Clock.systemUTC()), () -> Verdicts.reliability(store, SourceProfiles.bundled())));
    }

    /** A new store under {@code dir} holding what the real pipeline makes of the fixture. */
    public static Store ingested(Path dir) {
        Store store = Store.open(StoreSettings.h2(dir.resolve("data")));
        Clock clock = Clock.systemUTC();
        Gazetteer places = Gazetteer.bundled();
        Stages stages = new Stages(new Ingestor(IngestSettings.DEFAULTS, clock),
                new RuleExtractor(Lexicon.bundled(), new GazetteerSpotter(places)), new GazetteerLocator(places),
                ClusterSettings.DEFAULTS, new RuleAssessor(SourceProfiles.bundled()));
        new Ingestion(stages, store, clock).ingest(List.of(fixturePath()), rejection -> {
            throw new IllegalStateException("the web fixture must ingest cleanly: " + rejection);
        });
        return store;
    }

    private static void addUser(Store store, String name, Role role, boolean enabled) {
        store.accounts().saveUser(new UserAccount(name, Passwords.encoder().encode(PASSWORD), role, enabled));
    }

    private static Path fixturePath() {
        URL url = WebFixture.class.getResource(FIXTURE);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + FIXTURE);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public Store store() {
        return store;
    }

    /** The server's address, e.g. http://127.0.0.1:41234 */
    public URI base() {
        return base;
    }

    /** The one incident placed in al-Shafa: the coalition air strike the fixture's four reports describe. */
    public IncidentSummary shafaStrike() {
        return shafaStrike(store);
    }

    public static IncidentSummary shafaStrike(Store store) {
        List<IncidentSummary> found = store.findIncidents(
                new IncidentFilter(null, null, null, null, "Shafa", null), 10);
        if (found.size() != 1) {
            throw new IllegalStateException("expected one al-Shafa incident in the fixture, found " + found);
        }
        return found.get(0);
    }

    public IncidentId shafaStrikeId() {
        return shafaStrike().id();
    }

    @Override
    public void close() {
        context.close();
        store.close();
    }
}
