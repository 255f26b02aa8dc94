package org.marsad.ingest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The test fixtures under src/test/resources/ingest and a clock stopped at a known time. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/ingest/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture ingest/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad fixture url: " + url, e);
        }
    }

    static Ingestor ingestor() {
        return new Ingestor(IngestSettings.DEFAULTS, CLOCK);
    }
}
