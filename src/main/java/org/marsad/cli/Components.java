package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.marsad.assess.RuleAssessor;
import org.marsad.assess.SourceProfiles;
import org.marsad.extract.RuleExtractor;
import org.marsad.geo.Gazetteer;
import org.marsad.geo.GazetteerImporter;
import org.marsad.geo.GazetteerLocator;
import org.marsad.geo.GazetteerSpotter;
import org.marsad.incident.ClusterSettings;
import org.marsad.ingest.IngestSettings;
import org.marsad.ingest.Ingestor;
import org.marsad.lexicon.Lexicon;
import org.marsad.pipeline.Stages;
import org.marsad.store.Store;
import org.marsad.store.StoreSettings;
import org.marsad.web.WebApp;
import org.marsad.web.WebSettings;
import org.springframework.context.ConfigurableApplicationContext;

/** Builds the configured parts the commands share, turning broken configuration into one clear failure. */
final class Components {
    private static Gazetteer gazetteer;

    private Components() {
    }

    /** The bundled gazetteer plus the files imported into the default data directory ($MARSAD_DATA or ./marsad-data). */
    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.bundledWith(GazetteerImporter.importedFiles(new DataOption().dataDir()));
            if (!gazetteer.rejections().isEmpty()) {
                throw new ConfigurationProblem("the gazetteer has bad rows:\n  " + String.join("\n  ",
                        gazetteer.rejections().stream().map(r -> r.line()).toList()), null);
            }
        }
        return gazetteer;
    }

    static Stages stages() {
        Gazetteer places = gazetteer();
        try {
            Lexicon lexicon = Lexicon.bundled();
            return new Stages(new Ingestor(IngestSettings.DEFAULTS, Clock.systemUTC()),
                    new RuleExtractor(lexicon, new GazetteerSpotter(places)),
                    new GazetteerLocator(places),
                    ClusterSettings.DEFAULTS,
                    new RuleAssessor(SourceProfiles.bundled()));
        } catch (IllegalStateException e) {
            throw new ConfigurationProblem(e.getMessage(), e);
        }
    }

    static Store openStore(Path dataDir) {
        try {
            return Store.open(StoreSettings.fromEnvironment(dataDir, System.getenv()));
        } catch (RuntimeException e) {
            throw new ConfigurationProblem("cannot open the store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Serves the web app over the store and blocks until the process is stopped. */
    static void serve(Store store, ServeOptions options, PrintWriter out) throws InterruptedException {
        ConfigurableApplicationContext context;
        try {
            context = WebApp.start(new WebSettings(options.port, options.bind), store, store);
        } catch (RuntimeException e) {
            throw new ConfigurationProblem("cannot serve on " + options.bind + ":" + options.port + ": "
                    + e.getMessage(), e);
        }
        String host = "0.0.0.0".equals(options.bind) ? "localhost" : options.bind;
        out.println("marsad: serving http://" + ("127.0.0.1".equals(host) ? "localhost" : host) + ":" + options.port
                + "/ (Ctrl-C to stop)");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            store.close();
        }));
        Thread.currentThread().join();
    }
}
