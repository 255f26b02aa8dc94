package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.marsad.assess.Reliability;
import org.marsad.assess.RuleAssessor;
import org.marsad.review.Review;
import org.marsad.review.Verdicts;
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
    private static Path gazetteerFolder;
    /** The data folder of this run; the commands with --data set it before anything is loaded. */
    private static Path dataDir = DataOption.defaultDir();

    private Components() {
    }

    static synchronized void useDataDir(Path dir) {
        dataDir = dir;
    }

    /** Where {@code marsad gazetteer import} puts imported gazetteers: {@code <data>/gazetteer}. */
    static synchronized Path gazetteerFolder() {
        return dataDir.resolve("gazetteer");
    }

    /** The bundled gazetteer with the imported ones of this run's data folder read after it. */
    static synchronized Gazetteer gazetteer() {
        Path folder = gazetteerFolder();
        if (gazetteer == null || !folder.equals(gazetteerFolder)) {
            try {
                gazetteer = Gazetteer.bundledWith(GazetteerImporter.importedFiles(dataDir));
            } catch (java.io.UncheckedIOException e) {
                throw new ConfigurationProblem("cannot read the imported gazetteers in " + folder + ": " + e.getMessage(), e);
            }
            gazetteerFolder = folder;
            if (!gazetteer.rejections().isEmpty()) {
                throw new ConfigurationProblem("the gazetteer has bad rows:\n  " + String.join("\n  ",
                        gazetteer.rejections().stream().map(r -> r.line()).toList()), null);
            }
        }
        return gazetteer;
    }

    static Stages stages() {
        return stages(Reliability.NEUTRAL);
    }

    /** The stages with figures weighed by the source reliability learned from the store's reviews. */
    static Stages stages(Store store) {
        try {
            return stages(Verdicts.reliability(store, SourceProfiles.bundled()));
        } catch (IllegalStateException e) {
            throw new ConfigurationProblem(e.getMessage(), e);
        }
    }

    private static Stages stages(Reliability reliability) {
        Gazetteer places = gazetteer();
        try {
            Lexicon lexicon = Lexicon.bundled();
            return new Stages(new Ingestor(IngestSettings.DEFAULTS, Clock.systemUTC()),
                    new RuleExtractor(lexicon, new GazetteerSpotter(places)),
                    new GazetteerLocator(places),
                    ClusterSettings.DEFAULTS,
                    new RuleAssessor(SourceProfiles.bundled(), reliability));
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
            Stages stages = stages(store);
            context = WebApp.start(new WebSettings(options.port, options.bind), store, store.accounts(),
                    new Review(store, stages.assessor(), Clock.systemUTC()),
                    () -> Verdicts.reliability(store, SourceProfiles.bundled()));
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
